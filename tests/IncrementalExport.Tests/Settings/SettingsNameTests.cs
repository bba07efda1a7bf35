namespace IncrementalExport.Tests.Settings;

public sealed class SettingsNameTests
{
    [Theory]
    [InlineData("bucket", "abc")]
    [InlineData("bucket", "my-export.bucket-01")]
    [InlineData("bucket", "123")]
    [InlineData("bucket", "a23456789012345678901234567890123456789012345678901234567890123")]
    [InlineData("bucketOwner", "123456789012")]
    [InlineData("prefix", "")]
    [InlineData("prefix", "dynamodb")]
    [InlineData("prefix", "exports/prod/v1")]
    [InlineData("prefix", "a!b-c_d.e*f'g(h)")]
    [InlineData("tables[0].prefix", "orders/v2")]
    [InlineData("kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("kmsKeyArn", "arn:aws:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData("kmsKeyArn", "arn:aws-cn:kms:cn-north-1:123456789012:alias/exports")]
    [InlineData("kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:alias/team/exports_key-1")]
    [InlineData("stateTable", "abc")]
    [InlineData("stateTable", "Export_State.v1-dev")]
    [InlineData("tables[0].table", "orders")]
    [InlineData("tables[0].table", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders")]
    [InlineData("tables[0].table", "arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/orders.v2")]
    public void Parse_WhenANameFollowsItsRules_ShouldReadItAsWritten(string path, string value)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseWith(path, value));

        Assert.Equal(value, SettingsDocument.ReadBack(settings, path));
    }

    [Theory]
    [InlineData("bucket", "ab", "has length 2")]
    [InlineData("bucket", "a234567890123456789012345678901234567890123456789012345678901234", "has length 64")]
    [InlineData("bucket", "", "has length 0")]
    [InlineData("bucket", "My-Bucket", "contains 'M'")]
    [InlineData("bucket", "my_bucket", "contains '_'")]
    [InlineData("bucket", "-bucket", "must start and end with a letter or digit")]
    [InlineData("bucket", "bucket.", "must start and end with a letter or digit")]
    [InlineData("bucket", "my..bucket", "two adjacent dots")]
    [InlineData("bucket", "192.168.1.10", "IP address")]
    [InlineData("bucket", "xn--bucket", "'xn--', which S3 reserves")]
    [InlineData("bucket", "bucket-s3alias", "'-s3alias', which S3 reserves")]
    [InlineData("bucketOwner", "12345678901", "is not a 12-digit AWS account id")]
    [InlineData("bucketOwner", "1234567890123", "is not a 12-digit AWS account id")]
    [InlineData("bucketOwner", "12345678901a", "is not a 12-digit AWS account id")]
    [InlineData("bucketOwner", "", "is not a 12-digit AWS account id")]
    [InlineData("bucketOwner", "١٢٣٤٥٦٧٨٩٠١٢", "is not a 12-digit AWS account id")]
    [InlineData("prefix", "/exports", "starts with '/'")]
    [InlineData("prefix", "exports/", "ends with '/'")]
    [InlineData("prefix", "exports//prod", "contains '//'")]
    [InlineData("prefix", "my exports", "contains ' ', which is not S3-safe")]
    [InlineData("prefix", "exports?x", "contains '?', which is not S3-safe")]
    [InlineData("prefix", "exports/../prod", "path segment '..'")]
    [InlineData("tables[0].prefix", "orders/", "ends with '/'")]
    [InlineData("tables[0].prefix", "", "is empty; omit the key to use the table name")]
    [InlineData("kmsKeyArn", "1234abcd-12ab-34cd-56ef-1234567890ab", "is not a KMS key ARN")]
    [InlineData("kmsKeyArn", "alias/exports", "full ARN")]
    [InlineData("kmsKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/not-a-key-id", "is not a KMS key ARN")]
    [InlineData("kmsKeyArn", "arn:aws:s3:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "is not a KMS key ARN")]
    [InlineData("kmsKeyArn", "arn:aws:kms:eu-west-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab", "is not a KMS key ARN")]
    [InlineData("kmsKeyArn", "", "is not a KMS key ARN")]
    [InlineData("stateTable", "ab", "has length 2")]
    [InlineData("stateTable", "export state", "contains ' '")]
    [InlineData("stateTable", "export/state", "contains '/'")]
    [InlineData("stateTable", "arn:aws:dynamodb:eu-west-1:123456789012:table/state", "contains ':'")]
    [InlineData("tables[0].table", "or", "has length 2")]
    [InlineData("tables[0].table", "order items", "contains ' '")]
    [InlineData("tables[0].table", "arn:aws:dynamodb:eu-west-1:123456789012:orders", "is not a DynamoDB table ARN")]
    [InlineData("tables[0].table", "arn:aws:dynamodb:eu-west-1:12345678901:table/orders", "is not a DynamoDB table ARN")]
    [InlineData("tables[0].table", "arn:aws:s3:eu-west-1:123456789012:table/orders", "is not a DynamoDB table ARN")]
    [InlineData("tables[0].table", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026", "ends in an invalid table name")]
    [InlineData("tables[0].table", "arn:aws:dynamodb:eu-west-1:123456789012:table/", "ends in an invalid table name")]
    public void Parse_WhenANameBreaksItsRules_ShouldNameKeyValueAndReason(string path, string value, string why)
    {
        SettingsDocument.SingleError(SettingsDocument.ParseWith(path, value), path, $"{path}: '{value}'", why);
    }

    [Theory]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void Parse_WhenStateTableNameIsAtTheLengthLimit_ShouldAcceptOnlyUpTo255(int length, bool valid)
    {
        var result = SettingsDocument.ParseWith("stateTable", new string('a', length));

        Assert.Equal(valid, result.IsValid);
    }
}
