namespace Bot.Storage.Postgres;

/// <summary>Ordered, append-only: version N's script runs once on a database below N. Never edit a shipped one. The
/// tables are SQLite's (<c>Sqlite/SchemaMigrations</c>) in PostgreSQL's types: times are timestamptz, flags boolean;
/// <c>claimed_by</c>/<c>claimed_until</c> let several instances share the outbox without sending a row twice. Version 2
/// is for instances that all receive updates (a webhook behind a load balancer): each kept update names its chat, a chat
/// is claimed by one instance at a time (<c>telegram_chat_claims</c>, a lease), and handled update ids are remembered
/// for a day (<c>telegram_handled</c>), so a repeat Telegram sends to another instance is not handled again. Version 3:
/// <c>cluster_members</c> lists the running instances. Version 4: the flood budget every instance sending with the token
/// shares (<see cref="PostgresFloodBudget"/>): <c>flood_turns</c> holds each message's turn, <c>flood_take</c> grants
/// one within the limits, serialised on the one row of <c>flood_budget</c>.</summary>
internal static class PostgresSchemaMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE chats (
                chat_id bigint PRIMARY KEY,
                is_group boolean NOT NULL DEFAULT false,
                thread_id bigint NULL,
                language text NULL,
                time_zone text NULL,
                subscribed boolean NOT NULL DEFAULT false,
                lead_times text NOT NULL DEFAULT '',
                series_filter text NOT NULL DEFAULT 'All',
                active boolean NOT NULL DEFAULT true,
                deactivated_reason text NULL,
                migrated_to bigint NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX chats_subscribers ON chats (subscribed, active);
            CREATE TABLE outbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                announcement_key text NOT NULL,
                chat_id bigint NOT NULL,
                thread_id bigint NULL,
                is_group boolean NOT NULL DEFAULT false,
                text text NOT NULL,
                state text NOT NULL DEFAULT 'pending',
                attempts integer NOT NULL DEFAULT 0,
                last_error text NULL,
                created_at timestamptz NOT NULL,
                sent_at timestamptz NULL,
                claimed_by text NULL,
                claimed_until timestamptz NULL,
                UNIQUE (announcement_key, chat_id));
            CREATE INDEX outbox_pending ON outbox (id) WHERE state = 'pending';
            CREATE INDEX outbox_chat ON outbox (chat_id, state);
            CREATE TABLE announcements (
                key text PRIMARY KEY,
                event_id text NULL,
                kind text NOT NULL,
                created_at timestamptz NOT NULL);
            CREATE TABLE telegram_inbox (
                update_id bigint PRIMARY KEY,
                body text NOT NULL,
                received_at timestamptz NOT NULL,
                restarts integer NOT NULL DEFAULT 0,
                in_hand boolean NOT NULL DEFAULT false);
            CREATE TABLE telegram_state (
                key text PRIMARY KEY,
                value bigint NOT NULL);
            """),
        (2, """
            ALTER TABLE telegram_inbox ADD COLUMN chat_key bigint NULL;
            CREATE INDEX telegram_inbox_chat ON telegram_inbox (chat_key, update_id);
            CREATE TABLE telegram_chat_claims (
                chat_key bigint PRIMARY KEY,
                claimed_by text NOT NULL,
                claimed_until timestamptz NOT NULL);
            CREATE TABLE telegram_handled (
                update_id bigint PRIMARY KEY,
                handled_at timestamptz NOT NULL);
            CREATE INDEX telegram_handled_at ON telegram_handled (handled_at);
            """),
        (3, """
            CREATE TABLE cluster_members (
                instance_id text PRIMARY KEY,
                host text NOT NULL,
                mode text NOT NULL,
                started_at timestamptz NOT NULL,
                roles text NOT NULL DEFAULT '',
                seen_at timestamptz NOT NULL);
            """),
        (4, """
            CREATE TABLE flood_turns (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                chat_id bigint NOT NULL,
                is_group boolean NOT NULL,
                taken_at timestamptz NOT NULL,
                free_at timestamptz NOT NULL);
            CREATE INDEX flood_turns_free_at ON flood_turns (free_at);
            CREATE INDEX flood_turns_taken_at ON flood_turns (taken_at);
            CREATE INDEX flood_turns_chat ON flood_turns (chat_id, taken_at);
            CREATE TABLE flood_budget (
                id integer PRIMARY KEY,
                replies_waiting_until timestamptz NOT NULL);
            INSERT INTO flood_budget VALUES (1, '-infinity');
            CREATE FUNCTION flood_take(
                p_chat bigint, p_group boolean, p_interactive boolean,
                p_overall integer, p_per_chat integer, p_chat_window interval, p_per_group integer, p_group_window interval,
                p_lease interval, p_reply_precedence interval,
                OUT turn_id bigint, OUT retry_ms integer)
            LANGUAGE plpgsql AS $$
            DECLARE
                now_ timestamptz;
                replies_wait timestamptz;
                busy integer;
                first_free timestamptz;
            BEGIN
                -- One take at a time across the cluster; the server's clock is the only one that counts.
                SELECT replies_waiting_until INTO replies_wait FROM flood_budget WHERE id = 1 FOR UPDATE;
                now_ := clock_timestamp();
                DELETE FROM flood_turns WHERE taken_at < now_ - p_group_window AND free_at < now_;

                SELECT count(*), min(free_at) INTO busy, first_free FROM flood_turns WHERE free_at > now_;
                IF busy >= p_overall THEN
                    IF p_interactive THEN
                        UPDATE flood_budget SET replies_waiting_until = GREATEST(replies_wait, first_free + p_reply_precedence) WHERE id = 1;
                    END IF;
                    retry_ms := ceil(extract(epoch FROM first_free - now_) * 1000);
                    RETURN;
                END IF;
                IF NOT p_interactive AND replies_wait > now_ THEN
                    retry_ms := ceil(extract(epoch FROM replies_wait - now_) * 1000);
                    RETURN;
                END IF;

                -- A chat's window starts at its call's answer (free_at is the answer + 1 s; a call on the wire has a later
                -- one): a call delayed on its way would otherwise reach Telegram within the same second as the next.
                SELECT count(*), min(free_at) INTO busy, first_free FROM flood_turns
                WHERE chat_id = p_chat AND free_at > now_ - p_chat_window + interval '1 second';
                IF busy >= p_per_chat THEN
                    retry_ms := CASE WHEN first_free > now_ + interval '1 second' THEN 50
                        ELSE ceil(extract(epoch FROM first_free - interval '1 second' + p_chat_window - now_) * 1000) END;
                    RETURN;
                END IF;
                IF p_group THEN
                    SELECT count(*), min(taken_at) INTO busy, first_free FROM flood_turns
                    WHERE chat_id = p_chat AND taken_at > now_ - p_group_window;
                    IF busy >= p_per_group THEN
                        retry_ms := ceil(extract(epoch FROM first_free + p_group_window - now_) * 1000);
                        RETURN;
                    END IF;
                END IF;

                INSERT INTO flood_turns (chat_id, is_group, taken_at, free_at)
                VALUES (p_chat, p_group, now_, now_ + p_lease) RETURNING id INTO turn_id;
                IF p_interactive AND replies_wait > now_ THEN
                    UPDATE flood_budget SET replies_waiting_until = '-infinity' WHERE id = 1;
                END IF;
                retry_ms := 0;
            END
            $$;
            """),
    ];
}
