using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// Checks that the settings the stack writes fit the state table's settings item (DynamoDB's 400 KB item limit),
/// with the longest account, region, bucket, key and state table values AWS allows, so a stack that is too large
/// fails at <c>pulumi preview</c> rather than at the first write.
/// </summary>
internal static class SettingsItemFit
{
    public static SettingsError? Check(StackSettings settings)
    {
        var resolved = LongestValues.Resolve(settings, new string('s', ResourceNames.TableMaxLength));
        var size = SettingsItem.SizeBytes(SettingsJson.Serialize(resolved));
        if (size <= SettingsItem.MaxBytes)
        {
            return null;
        }

        var perTable = Math.Max(1, size / Math.Max(1, settings.Engine.Tables.Count));
        return new SettingsError(
            StackConfigKeys.Qualified(StackConfigKeys.Tables),
            $"the settings of {settings.Engine.Tables.Count} tables take up to {size} bytes, over DynamoDB's {SettingsItem.MaxBytes}-byte item limit "
            + $"of the settings item; each table takes about {perTable} bytes, so about {SettingsItem.MaxBytes / perTable} fit in one stack. "
            + "Split the tables over two stacks.");
    }
}
