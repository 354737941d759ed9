import type { Database } from "better-sqlite3";
import { ActionProgress, Experiment, Measure, MeasureReading, Win } from "../../../core";
import { prepared } from "../prepared";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

export const progressLines = defineTable(ActionProgress, "action_progress", {
  id: ["id", "text"],
  actionId: ["action_id", "text"],
  on: ["on_date", "text"],
  text: ["text", "text"],
  status: ["status", "nullableText"],
  seq: ["seq", "int"],
});

export const wins = defineTable(Win, "win", {
  id: ["id", "text"],
  neighbourhoodId: ["neighbourhood_id", "text"],
  priorityId: ["priority_id", "nullableText"],
  on: ["on_date", "text"],
  text: ["text", "text"],
  photo: ["photo", "nullableText"],
  deleted: ["deleted", "bool"],
  seq: ["seq", "int"],
});

export const measures = defineTable(Measure, "measure", {
  id: ["id", "text"],
  neighbourhoodId: ["neighbourhood_id", "text"],
  priorityId: ["priority_id", "nullableText"],
  kind: ["kind", "text"],
  name: ["name", "text"],
  unit: ["unit", "text"],
  source: ["source", "text"],
  seq: ["seq", "int"],
});

export const readings = defineTable(MeasureReading, "measure_reading", {
  id: ["id", "text"],
  measureId: ["measure_id", "text"],
  on: ["on_date", "text"],
  value: ["value", "real"],
  text: ["text", "text"],
  source: ["source", "text"],
  seq: ["seq", "int"],
});

export const experiments = defineTable(Experiment, "experiment", {
  id: ["id", "text"],
  neighbourhoodId: ["neighbourhood_id", "text"],
  priorityId: ["priority_id", "nullableText"],
  eventId: ["event_id", "nullableText"],
  title: ["title", "text"],
  expect: ["expect", "text"],
  watch: ["watch", "text"],
  reviewOn: ["review_on", "text"],
  observed: ["observed", "text"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

const rows = (db: ReadonlyDatabase, sql: string, ...args: unknown[]) => prepared(db, sql).all(...args) as Record<string, unknown>[];

/** Each list in the order its facts happened: their own dates, then the room's sequence. */
export const evidenceOf = {
  progress: (db: ReadonlyDatabase, actionId: string) => rows(db, `SELECT * FROM action_progress WHERE action_id = ? ORDER BY on_date, seq`, actionId).map(progressLines.fromRow),
  wins: (db: ReadonlyDatabase, neighbourhoodId: string) => rows(db, `SELECT * FROM win WHERE neighbourhood_id = ? AND deleted = 0 ORDER BY on_date, seq`, neighbourhoodId).map(wins.fromRow),
  measures: (db: ReadonlyDatabase, neighbourhoodId: string) => rows(db, `SELECT * FROM measure WHERE neighbourhood_id = ? ORDER BY seq`, neighbourhoodId).map(measures.fromRow),
  readings: (db: ReadonlyDatabase, measureId: string) => rows(db, `SELECT * FROM measure_reading WHERE measure_id = ? ORDER BY on_date, seq`, measureId).map(readings.fromRow),
  experiments: (db: ReadonlyDatabase, neighbourhoodId: string) =>
    rows(db, `SELECT * FROM experiment WHERE neighbourhood_id = ? ORDER BY review_on, created_seq`, neighbourhoodId).map(experiments.fromRow),
};
