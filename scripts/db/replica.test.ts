import { describe, expect, it } from "vitest";
import { checkedBackupLabel, confString, conninfo, connectionParts, copiedInBaseBackup, standbySettings } from "~/scripts/db/replica";

describe("the base backup's file copy", () => {
  it("copies the cluster's data and configuration", () => {
    for (const kept of ["", "PG_VERSION", "base/5/16384", "global/pg_control", "postgresql.conf", "postgresql.auto.conf", "pg_hba.conf", "pg_xact/0000", "pg_wal", "pg_replslot"]) {
      expect(copiedInBaseBackup(kept), kept).toBe(true);
    }
  });

  it("leaves out what PostgreSQL's docs say a low-level base backup must not contain", () => {
    for (const left of [
      "postmaster.pid",
      "postmaster.opts",
      "backup_label",
      "tablespace_map",
      "standby.signal",
      "recovery.signal",
      "pg_wal/000000010000000000000001",
      "pg_wal/archive_status/000000010000000000000001.done",
      "pg_replslot/pathway_standby_5433/state",
      "pg_stat_tmp/global.stat",
      "pg_subtrans/0000",
      "pg_notify/0000",
      "pg_snapshots/00000003-00000002-1",
      "base/pgsql_tmp/pgsql_tmp123.0",
      "global/pg_internal.init",
    ]) {
      expect(copiedInBaseBackup(left), left).toBe(false);
    }
  });

  it("keeps a relation file that merely shares a name with an excluded top-level file", () => {
    expect(copiedInBaseBackup("base/5/postmaster.pid")).toBe(true);
  });
});

describe("the standby's connection to its primary", () => {
  it("reads host, port, user and password from a postgresql:// URL, decoding escapes", () => {
    expect(connectionParts("postgresql://pathway:p%40ss%27w@127.0.0.1:54329/postgres")).toEqual({ host: "127.0.0.1", port: 54329, user: "pathway", password: "p@ss'w" });
    expect(connectionParts("postgres://u:p@db.internal/app").port).toBe(5432);
    expect(() => connectionParts("mysql://u:p@h/db")).toThrow("not a postgresql:// URL");
  });

  it("quotes conninfo values and escapes their quotes and backslashes", () => {
    expect(conninfo({ host: "127.0.0.1", port: 5432, password: "it's\\x" })).toBe("host='127.0.0.1' port='5432' password='it\\'s\\\\x'");
  });

  it("writes primary_conninfo and the slot as postgresql.conf strings", () => {
    expect(confString("a'b")).toBe("'a''b'");
    const settings = standbySettings({ host: "127.0.0.1", port: 5432, user: "pathway", password: "o'k" }, "pathway_standby_6000", "standby-6000");
    expect(settings).toContain("primary_conninfo = 'host=''127.0.0.1'' port=''5432'' user=''pathway'' password=''o\\\\''k'' application_name=''standby-6000'''");
    expect(settings).toContain("primary_slot_name = 'pathway_standby_6000'");
    expect(settings).toContain("hot_standby = on");
  });
});

describe("the backup label", () => {
  const label = [
    "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)",
    "CHECKPOINT LOCATION: 0/2000080",
    "BACKUP METHOD: streamed",
    "BACKUP FROM: primary",
    "START TIME: 2026-12-07 07:21:50 UTC",
    "LABEL: pathway standby 6000",
    "START TIMELINE: 1",
    "",
  ].join("\n");

  it("is written as pg_backup_stop returned it when it names the backup's start and its label", () => {
    expect(checkedBackupLabel(label, "pathway standby 6000")).toBe(label);
  });

  it("is refused without a start WAL location, or when it is another backup's", () => {
    expect(() => checkedBackupLabel(label.replace(/^START WAL.*$/m, ""), "pathway standby 6000")).toThrow("START WAL LOCATION");
    expect(() => checkedBackupLabel(label, "pathway standby 6001")).toThrow("another backup");
  });
});
