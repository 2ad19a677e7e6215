namespace Bot.Storage;

/// <summary>Where the bot keeps its state (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One file (<c>Storage:Path</c>), one process: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>Storage:ConnectionString</c>) that several instances may share; Quartz runs clustered on it.</summary>
    Postgres,
}
