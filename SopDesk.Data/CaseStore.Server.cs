using Npgsql;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

/// <summary>
/// The step write path on a server database (PostgreSQL, decision 043): one READ COMMITTED transaction per step, no group
/// commit (the server commits concurrent transactions side by side; SQLite's single writer is why group commit exists).
/// </summary>
public sealed partial class CaseStore
{
    /// <summary>A deadlock victim is retried this many times; PostgreSQL aborted it whole, so nothing of it was written.</summary>
    private const int DeadlockRetries = 3;

    private async Task<ApplyResult> WriteOnServerAsync(PendingStep step, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Timings?.Add(WritePart.Begin, step.Since);
                // Only an applied result is committed: a refusal (conflict, invalid reference) leaves the database as it was.
                return await InWriteTransactionCoreAsync(_ => WriteAsync(step.Result, step.Definition, step.OfficeZone, step.IpAddress, ct), ct,
                    keep: result => result is Applied);
            }
            catch (Exception error) when (IsStart(step.Result) && DatabaseErrors.IsUniqueViolation(error))
            {
                // Two starts of the same berkas (a double submit): the other one's commit won, this one wrote nothing.
                return new Conflict("Berkas ini sudah dibuat.", null, null);
            }
            catch (Exception error) when (attempt <= DeadlockRetries && (error as PostgresException ?? error.InnerException as PostgresException)
                is { SqlState: PostgresErrorCodes.DeadlockDetected })
            {
                // Rolled back by the server; the retry reads the case afresh through its guarded statements.
            }
        }
    }

    private static bool IsStart(Accepted result) => result.Closed is not { Item.Sequence: > 1 };
}
