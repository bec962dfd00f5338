-- Each event's times are shown in its venue's time zone (an IANA name such as "Europe/Amsterdam").
-- Events made before this keep being shown in UTC, as they were.
ALTER TABLE "event" ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'UTC';
