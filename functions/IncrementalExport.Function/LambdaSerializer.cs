// Required by Amazon.Lambda.Annotations (build error AWSLambda0108 without it). It reads the payload into a
// JsonElement and writes the InvocationResponse, whose own converter fixes the response's JSON shape.
[assembly: Amazon.Lambda.Core.LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]
