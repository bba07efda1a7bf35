using System.Net;
using System.Text;
using System.Text.Json;

namespace IncrementalExport.Tests.Emulator;

public sealed class WireProtocolTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task Error_WhenServedByTheFake_ShouldUseJson10ErrorShapeWithContentLength()
    {
        using var response = await PostAsync("DescribeExport", """{"ExportArn":"arn:aws:dynamodb:us-east-1:123456789012:table/t/export/01764000000000-00000000"}""");
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/x-amz-json-1.0", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal("com.amazonaws.dynamodb.v20120810#ExportNotFoundException", json.RootElement.GetProperty("__type").GetString());
        Assert.False(response.Headers.Contains("x-amz-crc32"));
    }

    [Fact]
    public async Task Forward_WhenOperationIsDynalites_ShouldKeepItsStatusAndChecksum()
    {
        using var response = await PostAsync("ListTables", """{"Limit":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("x-amz-crc32"));
        Assert.Equal(1, Env.Endpoint.Calls.Count("ListTables"));
    }

    [Fact]
    public async Task Time_WhenSentAsFractionalEpochSeconds_ShouldKeepMilliseconds()
    {
        var arn = RegisterTable();
        var from = Start.AddHours(-2).AddMilliseconds(250);
        var fromSeconds = from.ToUnixTimeMilliseconds() / 1000m;
        var toSeconds = fromSeconds + 1800m;

        using var response = await PostAsync(
            "ExportTableToPointInTime",
            $$$"""{"TableArn":"{{{arn}}}","S3Bucket":"b","ExportType":"INCREMENTAL_EXPORT","IncrementalExportSpecification":{"ExportFromTime":{{{fromSeconds}}},"ExportToTime":{{{toSeconds}}}}}""");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(from, ControlPlane.Exports.Single().Parameters.Incremental!.From);
        Assert.Equal(fromSeconds, json.RootElement.GetProperty("ExportDescription").GetProperty("IncrementalExportSpecification").GetProperty("ExportFromTime").GetDecimal());
    }

    private async Task<HttpResponseMessage> PostAsync(string operation, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Env.ServiceUrl + "/");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = new("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"DynamoDB_20120810.{operation}");
        request.Headers.TryAddWithoutValidation(
            "Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20260101T000000Z");
        return await http.SendAsync(request);
    }
}
