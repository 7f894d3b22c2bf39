/**
 * Callback types of the components. Kept in a .ts file: the lint's base no-unused-vars rule
 * misreads parameter names of function types written in .tsx files.
 */
import type { ColumnInfo, ColumnRole } from "../../domain/import/types";
import type { TaskContext } from "../services";

export type Handler<T> = (value: T) => void;
export type RoleChangeHandler = (column: ColumnInfo, role: ColumnRole) => void;
export type Task<T> = (ctx: TaskContext) => Promise<T>;
