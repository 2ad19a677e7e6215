namespace Bot.Storage.Sqlite;

/// <summary>Ordered, append-only: version N's script runs once on a database below N. Never edit a shipped one.</summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE chats (
                chat_id INTEGER PRIMARY KEY,
                is_group INTEGER NOT NULL DEFAULT 0,
                thread_id INTEGER NULL,
                language TEXT NULL,
                time_zone TEXT NULL,
                subscribed INTEGER NOT NULL DEFAULT 0,
                lead_times TEXT NOT NULL DEFAULT '',
                series_filter TEXT NOT NULL DEFAULT 'All',
                active INTEGER NOT NULL DEFAULT 1,
                deactivated_reason TEXT NULL,
                migrated_to INTEGER NULL,
                updated_at TEXT NOT NULL);
            CREATE INDEX chats_subscribers ON chats(subscribed, active);
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                announcement_key TEXT NOT NULL,
                chat_id INTEGER NOT NULL,
                thread_id INTEGER NULL,
                is_group INTEGER NOT NULL DEFAULT 0,
                text TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT NULL,
                UNIQUE (announcement_key, chat_id));
            CREATE INDEX outbox_pending ON outbox(state, id);
            CREATE TABLE announcements (
                key TEXT PRIMARY KEY,
                event_id TEXT NULL,
                kind TEXT NOT NULL,
                created_at TEXT NOT NULL);
            """),
        // Deactivation and migration touch one chat's pending rows.
        (2, """
            CREATE INDEX outbox_chat ON outbox(chat_id, state);
            """),
        // Updates kept from receipt until handled (polling confirms them to Telegram once kept), and the last one received.
        (3, """
            CREATE TABLE telegram_inbox (
                update_id INTEGER PRIMARY KEY,
                body TEXT NOT NULL,
                received_at TEXT NOT NULL,
                restarts INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE telegram_state (
                key TEXT PRIMARY KEY,
                value INTEGER NOT NULL);
            """),
        // Only an update a worker had taken when the process stopped counts a restart (updates merely queued do not).
        (4, """
            ALTER TABLE telegram_inbox ADD COLUMN in_hand INTEGER NOT NULL DEFAULT 0;
            """),
    ];
}
