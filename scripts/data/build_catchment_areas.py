#!/usr/bin/env python3
"""Builds data/catchment_areas.csv, data/municipalities.csv and data/population_by_municipality.csv.

Inputs (see data/SOURCES.md for where each comes from):
  catchment_sources/skde2020.txt, skde2024.txt  area|municipality codes, for the 2020 and 2024 codes
  catchment_sources/rt2016.txt                   2015/2016 municipality code -> its 2024 successor
  catchment_sources/new_2017_2019.txt            codes first used 2017-2019 -> their 2024 successor
  catchment_sources/names_old.txt                names of codes the population file leaves unnamed
  POPULATION (argument)                          year,municipality_code,municipality_name,...,population

A code belongs to the area its 2024 successor belongs to; where a municipality was split (Snillfjord,
Tysfjord), the successor is the larger part. Run once when the sources change; the output is committed.
"""
import csv
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "catchment_sources"
DATA = HERE.parent.parent / "data"
FIRST_YEAR, LAST_YEAR = 2015, 2024

# SKDE's short area name -> (area code, name, region area code). The areas of Oslo's city districts
# (OUS, Lovisenberg, Diakonhjemmet, and Ahus for Grorud, Stovner and Alna) are one area here because
# the population file has no city districts.
AREAS = {
    "Finnmark": ("OO-HN-FINNMARK", "Finnmarkssykehuset HF – opptaksområde", "OO-HN"),
    "UNN": ("OO-HN-UNN", "Universitetssykehuset Nord-Norge HF – opptaksområde", "OO-HN"),
    "Nordland": ("OO-HN-NORDLAND", "Nordlandssykehuset HF – opptaksområde", "OO-HN"),
    "Helgeland": ("OO-HN-HELGELAND", "Helgelandssykehuset HF – opptaksområde", "OO-HN"),
    "Nord-Trøndelag": ("OO-HMN-NT", "Helse Nord-Trøndelag HF – opptaksområde", "OO-HMN"),
    "St. Olavs": ("OO-HMN-STOLAV", "St. Olavs hospital HF – opptaksområde", "OO-HMN"),
    "Møre og Romsdal": ("OO-HMN-MR", "Helse Møre og Romsdal HF – opptaksområde", "OO-HMN"),
    "Førde": ("OO-HV-FORDE", "Helse Førde HF – opptaksområde", "OO-HV"),
    "Bergen": ("OO-HV-BERGEN", "Helse Bergen HF – opptaksområde", "OO-HV"),
    "Fonna": ("OO-HV-FONNA", "Helse Fonna HF – opptaksområde", "OO-HV"),
    "Stavanger": ("OO-HV-STAVANGER", "Helse Stavanger HF – opptaksområde", "OO-HV"),
    "Østfold": ("OO-HSO-OSTFOLD", "Sykehuset Østfold HF – opptaksområde", "OO-HSO"),
    "Oslo": ("OO-HSO-OSLO", "Oslo (OUS, Lovisenberg, Diakonhjemmet og Ahus) – opptaksområde", "OO-HSO"),
    "Ahus": ("OO-HSO-AHUS", "Akershus universitetssykehus HF – opptaksområde utanom Oslo", "OO-HSO"),
    "Innlandet": ("OO-HSO-INNLANDET", "Sykehuset Innlandet HF – opptaksområde", "OO-HSO"),
    "Vestre Viken": ("OO-HSO-VESTREVIKEN", "Vestre Viken HF – opptaksområde", "OO-HSO"),
    "Vestfold": ("OO-HSO-VESTFOLD", "Sykehuset i Vestfold HF – opptaksområde", "OO-HSO"),
    "Telemark": ("OO-HSO-TELEMARK", "Sykehuset Telemark HF – opptaksområde", "OO-HSO"),
    "Sørlandet": ("OO-HSO-SSHF", "Sørlandet sykehus HF – opptaksområde", "OO-HSO"),
}
REGIONS = [
    ("OO-HSO", "Helse Sør-Øst – opptaksområde"),
    ("OO-HV", "Helse Vest – opptaksområde"),
    ("OO-HMN", "Helse Midt-Norge – opptaksområde"),
    ("OO-HN", "Helse Nord – opptaksområde"),
]
HEADER = ["code", "name", "kind", "parent", "valid_from", "valid_to", "aliases"]


def read_areas(name):
    area_of = {}
    for line in (SOURCES / name).read_text(encoding="utf-8").splitlines():
        area, codes = line.split("|")
        for code in codes.split():
            if code in area_of:
                sys.exit(f"{name}: {code} in two areas")
            area_of[code] = area
    return area_of


def read_pairs(name):
    return dict(line.split(" ", 1) for line in (SOURCES / name).read_text(encoding="utf-8").splitlines())


def main(population_csv):
    area_2020, area_2024 = read_areas("skde2020.txt"), read_areas("skde2024.txt")
    successor = read_pairs("rt2016.txt") | read_pairs("new_2017_2019.txt")
    names = read_pairs("names_old.txt")
    population = defaultdict(dict)
    for row in csv.DictReader(open(population_csv, encoding="utf-8")):
        year, code = int(row["year"]), row["municipality_code"]
        population[year][code] = int(row["population"])
        if row["municipality_name"]:
            names[code] = row["municipality_name"]

    years_of = defaultdict(list)
    for year in sorted(population):
        for code in population[year]:
            years_of[code].append(year)

    def area_in(code, year):
        if year >= 2024:
            return area_2024[code]
        if year >= 2020:
            return area_2020[code]
        return area_2024[successor[code]]

    with open(DATA / "catchment_areas.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        w.writerow(["OO-NO", "Noreg – opptaksområda samla", "catchment_area", "", "", "", ""])
        for code, name in REGIONS:
            w.writerow([code, name, "catchment_area", "OO-NO", "", "", ""])
        for code, name, region in AREAS.values():
            w.writerow([code, name, "catchment_area", region, "", "", ""])

    with open(DATA / "municipalities.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        for code in sorted(years_of):
            years = years_of[code]
            if years != list(range(years[0], years[-1] + 1)):
                sys.exit(f"{code}: gap in years {years}")
            name = f"{code} {names[code]}"  # SSB's own labels; plain names are taken by the organisations
            if years[-1] < LAST_YEAR:
                name += f" ({'' if years[0] == FIRST_YEAR else years[0]}–{years[-1]})"
            # One link per stretch of years in the same area.
            stretch_start = years[0]
            for i, year in enumerate(years):
                last = i + 1 == len(years) or area_in(code, years[i + 1]) != area_in(code, year)
                if not last:
                    continue
                valid_from = "" if stretch_start == FIRST_YEAR else f"{stretch_start}-01-01"
                valid_to = "" if year == LAST_YEAR else f"{year}-12-31"
                w.writerow(["K-" + code, name, "municipality", AREAS[area_in(code, year)][0], valid_from, valid_to, code])
                if i + 1 < len(years):
                    stretch_start = years[i + 1]

    with open(DATA / "population_by_municipality.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["dataelement", "period", "orgunit", "value", "comment"])
        for year in sorted(population):
            for code in sorted(population[year]):
                w.writerow(["population", year, "K-" + code, population[year][code], "SSB table 07459, 1 January"])

    for year in sorted(population):
        sums = defaultdict(int)
        for code, value in population[year].items():
            sums[AREAS[area_in(code, year)][2]] += value
        print(year, sum(sums.values()), dict(sorted(sums.items())))


if __name__ == "__main__":
    main(sys.argv[1])
