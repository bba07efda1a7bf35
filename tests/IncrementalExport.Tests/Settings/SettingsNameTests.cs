namespace IncrementalExport.Tests.Settings;

public sealed class SettingsNameTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("my-export.bucket-01")]
    [InlineData("123")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Parse_WhenBucketIsAValidS3Name_ShouldAcceptIt(string bucket)
    {
        Assert.Equal(bucket, SettingsDocument.Valid(SettingsDocument.Parse(d => d["bucket"] = bucket)).Bucket);
    }

    [Theory]
    [InlineData("ab", "has length 2")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234", "has length 64")]
    [InlineData("My-Bucket", "contains 'M'")]
    [InlineData("my_bucket", "contains '_'")]
    [InlineData("-bucket", "must start and end with a letter or digit")]
    [InlineData("bucket.", "must start and end with a letter or digit")]
    [InlineData("my..bucket", "two adjacent dots")]
    [InlineData("192.168.1.10", "IP address")]
    [InlineData("xn--bucket", "'xn--', which S3 reserves")]
    [InlineData("bucket-s3alias", "'-s3alias', which S3 reserves")]
    [InlineData("", "has length 0")]
    public void Parse_WhenBucketIsNotAValidS3Name_ShouldSayWhy(string bucket, string why)
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["bucket"] = bucket), "bucket", $"bucket: '{bucket}'", why);
    }

    [Fact]
    public void Parse_WhenBucketOwnerIsAnAccountId_ShouldAcceptIt()
    {
        Assert.Equal("123456789012", SettingsDocument.Valid(SettingsDocument.Parse(d => d["bucketOwner"] = "123456789012")).BucketOwner);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData("")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢")]
    public void Parse_WhenBucketOwnerIsNotAnAccountId_ShouldSayWhatItMustBe(string owner)
    {
        SettingsDocument.SingleError(
            SettingsDocument.Parse(d => d["bucketOwner"] = owner),
            "bucketOwner",
            $"bucketOwner: '{owner}' is not a 12-digit AWS account id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("dynamodb")]
    [InlineData("exports/prod/v1")]
    [InlineData("a!b-c_d.e*f'g(h)")]
    public void Parse_WhenPrefixIsS3Safe_ShouldAcceptIt(string prefix)
    {
        Assert.Equal(prefix, SettingsDocument.Valid(SettingsDocument.Parse(d => d["prefix"] = prefix)).Prefix);
    }

    [Theory]
    [InlineData("/exports", "starts with '/'")]
    [InlineData("exports/", "ends with '/'")]
    [InlineData("exports//prod", "contains '//'")]
    [InlineData("my exports", "contains ' ', which is not S3-safe")]
    [InlineData("exports?x", "contains '?', which is not S3-safe")]
    [InlineData("exports/../prod", "path segment '..'")]
    public void Parse_WhenPrefixBreaksARule_ShouldSayWhich(string prefix, string why)
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["prefix"] = prefix), "prefix", $"prefix: '{prefix}'", why);
    }

    [Theory]
    [InlineData("tables[0].prefix", "orders/", "ends with '/'")]
    [InlineData("tables[0].prefix", "", "is empty; omit the key to use the table name")]
    public void Parse_WhenTablePrefixBreaksARule_ShouldReportItUnderTheTable(string path, string prefix, string why)
    {
        SettingsDocument.SingleError(SettingsDocument.ParseTable(t => t["prefix"] = prefix), path, $"{path}: '{prefix}'", why);
    }

    [Theory]
    [InlineData("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData("arn:aws-cn:kms:cn-north-1:123456789012:alias/exports")]
    [InlineData("arn:aws:kms:eu-west-1:123456789012:alias/team/exports_key-1")]
    public void Parse_WhenKmsKeyArnIsAKeyOrAliasArn_ShouldAcceptIt(string arn)
    {
        Assert.Equal(arn, SettingsDocument.Valid(SettingsDocument.Parse(d => d["kmsKeyArn"] = arn)).KmsKeyArn);
    }

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/exports")]
    [InlineData("arn:aws:kms:eu-west-1:123456789012:key/not-a-key-id")]
    [InlineData("arn:aws:s3:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:eu-west-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("")]
    public void Parse_WhenKmsKeyArnIsNotAnArn_ShouldAskForTheFullArn(string value)
    {
        SettingsDocument.SingleError(
            SettingsDocument.Parse(d => d["kmsKeyArn"] = value),
            "kmsKeyArn",
            $"kmsKeyArn: '{value}' is not a KMS key ARN",
            "full ARN");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("Export_State.v1-dev")]
    public void Parse_WhenStateTableIsAValidTableName_ShouldAcceptIt(string name)
    {
        Assert.Equal(name, SettingsDocument.Valid(SettingsDocument.Parse(d => d["stateTable"] = name)).StateTable);
    }

    [Theory]
    [InlineData("ab", "has length 2")]
    [InlineData("export state", "contains ' '")]
    [InlineData("export/state", "contains '/'")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:table/state", "contains ':'")]
    public void Parse_WhenStateTableIsNotAValidTableName_ShouldSayWhy(string name, string why)
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["stateTable"] = name), "stateTable", $"stateTable: '{name}'", why);
    }

    [Fact]
    public void Parse_WhenStateTableNameHas256Characters_ShouldRejectIt()
    {
        var name = new string('a', 256);

        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["stateTable"] = name), "stateTable", "has length 256");
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:table/orders")]
    [InlineData("arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/orders.v2")]
    public void Parse_WhenTableIsANameOrATableArn_ShouldAcceptIt(string table)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseTable(t => t["table"] = table));

        Assert.Equal(table, settings.Tables[0].Table);
        Assert.StartsWith("orders", settings.Tables[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("or", "has length 2")]
    [InlineData("order items", "contains ' '")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:orders", "is not a DynamoDB table ARN")]
    [InlineData("arn:aws:dynamodb:eu-west-1:12345678901:table/orders", "is not a DynamoDB table ARN")]
    [InlineData("arn:aws:s3:eu-west-1:123456789012:table/orders", "is not a DynamoDB table ARN")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026", "ends in an invalid table name")]
    [InlineData("arn:aws:dynamodb:eu-west-1:123456789012:table/", "ends in an invalid table name")]
    public void Parse_WhenTableIsNeitherANameNorATableArn_ShouldSayWhy(string table, string why)
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["table"] = table),
            "tables[0].table",
            $"tables[0].table: '{table}'",
            why);
    }
}
