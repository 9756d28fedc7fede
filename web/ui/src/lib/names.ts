// Org unit names by code, for tables and charts.
import { orgUnits } from './api';

export async function unitNames(): Promise<Map<string, string>> {
  try {
    return new Map((await orgUnits()).map((unit) => [unit.code, unit.name]));
  } catch {
    return new Map();
  }
}

export const REGIONS = ['NO-HSO', 'NO-HV', 'NO-HMN', 'NO-HN'];
export const NATION = 'NO';
export const DEFAULT_PERIOD = '2015:2024';
