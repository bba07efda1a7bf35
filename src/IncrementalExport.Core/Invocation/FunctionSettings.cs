using Amazon.DynamoDBv2;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>Where the function's settings come from, decided once at init from its environment.</summary>
public static class FunctionSettings
{
    /// <summary>The variable naming the state table whose settings item is read at every invocation.</summary>
    public const string StateTableVariable = LambdaEnvironment.StateTableVariable;

    /// <summary>The variable that may hold a whole settings document instead.</summary>
    public const string SettingsVariable = LambdaEnvironment.SettingsVariable;

    /// <summary>
    /// The settings source the environment describes: the document in <see cref="SettingsVariable"/> (validated now)
    /// when it is set, else the settings item of the table in <see cref="StateTableVariable"/>. Throws
    /// <see cref="InvalidSettingsException"/> naming the variable, or every invalid key, so that a bad deployment
    /// fails the function's init with that message.
    /// </summary>
    public static ISettingsSource FromEnvironment(Func<string, string?> getEnvironmentVariable, Func<IAmazonDynamoDB> dynamoDb)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var json = getEnvironmentVariable(SettingsVariable);
        if (!string.IsNullOrWhiteSpace(json))
        {
            return new FixedSettingsSource(SettingsJson.Parse(json).GetOrThrow());
        }

        var table = getEnvironmentVariable(StateTableVariable);
        if (string.IsNullOrWhiteSpace(table))
        {
            throw new InvalidSettingsException(
            [
                new SettingsError(StateTableVariable,
                    $"the environment variable is missing or empty; it must name the state table holding the settings item (or set {SettingsVariable} to a settings document)"),
            ]);
        }

        if (AwsIdentifiers.TableNameProblem(table) is { } problem)
        {
            throw new InvalidSettingsException([new SettingsError(StateTableVariable, problem)]);
        }

        return new StateTableSettingsSource(dynamoDb(), table);
    }
}
