"""Session 29 forms, classes of error on the spent sealed sets (holdout22-29, newswire14-21),
tested in our own wording and in other countries' styles:
- a day and an inflected month name of another language, as the other half of a bilingual
  page writes it (Kazakh "8 қыркүйекте", "1-10 қазанда" in holdout29; Russian "9 oktyabrya"
  in holdout27; Dutch "16 november 2026" in holdout29; Lithuanian "spalio 5 d." in
  newswire21): that day, or those days of the month (inflected_months.jsonl);
- a year of a long line is no breadcrumb's because the text above that line has " / " or
  " > " twice (a bilingual heading "Vraag / Question" over a paragraph: holdout29);
- years side by side as a table's column headers, four and more ("2022  2023  2024  2025"),
  stay years (holdout29's parliamentary answer);
- "Year to date" as a factsheet's label or a heading (holdout29, holdout24) is no DATE; in a
  sentence it stays one;
- a year closing a quoted name ("the film "Ljeto 1995"", "the project "Gennaker 2030"":
  newswire19, newswire16) is no DATE; a quoted clause's year stays one;
- a weekday of another language before its day ("jueves 19 de noviembre": holdout29; a
  Portuguese "sábado, dia 14" in holdout27) is one span with it (foreign_weekdays.jsonl),
  not after a capitalized word ("Santo Domingo 19 de noviembre");
- full-width digits of a Japanese or Chinese date ("２０２６年１１月１９日": holdout28; the
  Xinhua "２０２８－０５－１８" of newswire20) read as digits, a full-width label's colon
  glued to it no part of the span.
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

NOV = "2026-11-20"  # a Friday
YEAR_COLUMNS = ("Seizures by year (kg)\nRegion        2021    2022    2023    2024    2025\n"
                "North         12      14      9       30      41")


CASES: list[ValueCase] = [
    ("inflected_month", NOV, "Павлодар облысында 3-7 қазанда «Арна» жедел-профилактикалық "
     "іс-шарасы өтті.", "3-7 қазанда", span("2026-10-03", "2026-10-07")),
    ("inflected_month", NOV, "Шымкент қаласында 12 қарашада полиция 2 кг героин тәркіледі.",
     "12 қарашада", span("2026-11-12", "2026-11-12")),
    ("inflected_month", NOV, "Таможенники Бреста 14 октября 2026 года изъяли 40 кг гашиша.",
     "14 октября 2026", span("2026-10-14", "2026-10-14")),
    ("inflected_month", NOV, "Militsiya Grodno 2 noyabrya zaderzhala kurera s geroinom.",
     "2 noyabrya", span("2026-11-02", "2026-11-02")),
    ("inflected_month", NOV, "Прикордонники Одеси 5 листопада вилучили 3 кг кокаїну.",
     "5 листопада", span("2026-11-05", "2026-11-05")),
    ("inflected_month", NOV, "Antwoord van de minister (4 september 2026): de douane in "
     "Zeebrugge nam 12 ton cocaïne in beslag.", "4 september 2026",
     span("2026-09-04", "2026-09-04")),
    ("inflected_month", NOV, "Klaipėdos muitininkai rugsėjo 9 d. sulaikė 30 kg kokaino.",
     "rugsėjo 9 d.", span("2026-09-09", "2026-09-09")),
    ("long_line_year", NOV, "Pregunta / Question / Вопрос\nThe Directorate of Customs of "
     "Montenegro reports that its mobile teams, deployed at the port of Bar since 2024, "
     "have intercepted 2.1 tonnes of cocaine.", "2024", span("2024-01-01", "2024-12-31")),
    ("year_columns", NOV, YEAR_COLUMNS, "2024", span("2024-01-01", "2024-12-31")),
    ("year_columns", NOV, YEAR_COLUMNS, "2025", span("2025-01-01", "2025-12-31")),
    ("year_to_date", NOV, "Tanzania's anti-drug commission said seizures year to date "
     "exceed 3 tonnes.", "year to date", span("2026-01-01", "2026-11-20")),
    ("quoted_name", NOV, "The minister said: \"Seizures at Callao doubled in 2025\", "
     "before opening the new scanner.", "2025", span("2025-01-01", "2025-12-31")),
    ("foreign_weekday", NOV, "Asunción, miércoles 11 de noviembre. La SENAD incautó 2 "
     "toneladas de marihuana.", "miércoles 11 de noviembre", span("2026-11-11", "2026-11-11")),
    ("foreign_weekday", NOV, "Maputo, terça-feira, 10 de novembro de 2026 – A PRM apreendeu "
     "30 kg de heroína.", "terça-feira, 10 de novembro de 2026",
     span("2026-11-10", "2026-11-10")),
    ("foreign_weekday", NOV, "Dakar, mardi 17 novembre 2026 — La douane a saisi 1,2 t de "
     "chanvre indien.", "mardi 17 novembre 2026", span("2026-11-17", "2026-11-17")),
    ("foreign_weekday", NOV, "Santo Domingo 16 de noviembre (EFE) - La DNCD ocupó 300 "
     "paquetes.", "16 de noviembre", span("2026-11-16", "2026-11-16")),
    # session 37: Indonesian and Vietnamese weekdays, a numeric date after a weekday, a
    # comma before the year, a Solar Hijri month written first
    ("foreign_weekday", NOV, "Surabaya, Selasa, 3 Maret 2026 - Polda Jatim menyita sabu.",
     "Selasa, 3 Maret 2026", span("2026-03-03", "2026-03-03")),
    ("foreign_weekday", NOV, "Medan, Rabu, 18 November 2026 - Petugas menyita ganja.",
     "Rabu, 18 November 2026", span("2026-11-18", "2026-11-18")),
    ("foreign_weekday", NOV, "Tin tức | Thứ Hai, 16/11/2026\nCảnh sát biển bắt giữ tàu.",
     "Thứ Hai, 16/11/2026", span("2026-11-16", "2026-11-16")),
    ("foreign_weekday", NOV, "Jumat, 13-11-2026 | Bea Cukai Batam gagalkan penyelundupan.",
     "Jumat, 13-11-2026", span("2026-11-13", "2026-11-13")),
    ("foreign_weekday", NOV, "Guatemala, 9 junio, 2026. La PNC decomisó cocaína.",
     "9 junio, 2026", span("2026-06-09", "2026-06-09")),
    ("solar_month_first", NOV, "Police clashed with smugglers near Zahedan on Sunday (Aban "
     "25), officials said.", "Aban 25", span("2026-11-16", "2026-11-16")),
    ("solar_month_first", NOV, "Checkpoints ran from Monday to Wednesday (Mehr 5 to 7) on "
     "the road to Bam.", "Mehr 5 to 7", span("2026-09-27", "2026-09-29")),
    ("wide_digits", NOV, "報道発表　２０２６年１１月１８日\nThe Osaka Customs seized 4 kg of "
     "methamphetamine.", "２０２６年１１月１８日", span("2026-11-18", "2026-11-18")),
    ("wide_digits", NOV, "発表日：２０２６年１１月１７日", "２０２６年１１月１７日",
     span("2026-11-17", "2026-11-17")),
]

ABSENT: list[AbsentCase] = [
    ("year_to_date", NOV, "AT A GLANCE\nYear to date ........ 2.4 tonnes of khat seized at "
     "Jomo Kenyatta airport", "Year to date"),
    ("year_to_date", NOV, "Year to date\nSince 1 January, Fiji customs officers have seized "
     "14 kg of methamphetamine.", "Year to date"),
    ("year_to_date", NOV, "Year-to-date:\t41 kg", "Year-to-date"),
    ("solar_month_first", NOV, "The Mehr 14 agency team counted arrests.", "Mehr 14"),
    ("foreign_weekday", NOV, "Santo Domingo, 12/11/2026 - La DNCD ocupó cocaína.",
     "Santo Domingo, 12/11/2026"),
    ("quoted_name", NOV, "The Chilean documentary \"Frontera 2019\" opened the festival.",
     "2019"),
    ("quoted_name", NOV, "Police launched the campaign “Safe Roads for the North 2027” in "
     "Tamale.", "2027"),
    ("quoted_name", NOV, "Border guards ended the operation «Steppe Shield-2026» in "
     "Aktobe.", "2026"),
]


test_session29_value, test_session29_absent = publisher_style_tests(CASES, ABSENT)
