#!/usr/bin/env python3
"""Writes v1-project.evimap: a project file as EviMap's schema version 1 made it, with a few
rows, so tst_project can check the upgrade to the current version. Run once when the fixture is
made; the file is committed and never regenerated from newer code.

The statements are read from step 1 of models/project/schema.cpp."""
import pathlib, re, sqlite3, sys

here = pathlib.Path(__file__).resolve().parent
schema = (here / "../../../models/project/schema.cpp").read_text()
body = schema[schema.index("const char *const step1[] = {"):]
body = body[:body.index("\n};")]
statements = re.findall(r'R"\((.*?)\)"|"((?:[^"\\]|\\.)*)"', body, re.S)
statements = [a or b for a, b in statements]
out = here / "v1-project.evimap"
out.unlink(missing_ok=True)
db = sqlite3.connect(out)
db.execute("PRAGMA journal_mode=DELETE")
for s in statements:
    db.execute(s)
now = "2025-01-01T00:00:00.000Z"
db.execute("INSERT INTO project(id, uuid, name, created_at) VALUES (1, '11111111-1111-4111-8111-111111111111', 'Version 1 project', ?)", (now,))
db.execute("INSERT INTO reviewer(uuid, name, initials, role, created_at) VALUES ('22222222-2222-4222-8222-222222222222', 'Lead Reviewer', 'LR', 'lead', ?)", (now,))
db.execute("INSERT INTO import_batch(uuid, file_name, file_sha256, format, source, route, imported_count, imported_at) VALUES ('33333333-3333-4333-8333-333333333333', 'search.ris', 'abc', 'ris', 'PsycINFO', 'database', 2, ?)", (now,))
for i, title in enumerate(["Loneliness and shame in later life", "Mindfulness for lonely students"], start=1):
    db.execute("INSERT INTO record(uuid, title, year, created_at, updated_at) VALUES (?, ?, 2020, ?, ?)", (f"44444444-4444-4444-8444-44444444444{i}", title, now, now))
    db.execute("INSERT INTO record_source(record_id, batch_id, record_no, line) VALUES (?, 1, ?, ?)", (i, i, i * 10))
db.execute("INSERT INTO screening_decision(uuid, record_id, stage, reviewer_id, decision, decided_at) VALUES ('55555555-5555-4555-8555-555555555555', 1, 'ta', 1, 'include', ?)", (now,))
db.execute(f"PRAGMA application_id = {0x45564D50}")
db.execute("PRAGMA user_version = 1")
db.commit()
db.execute("VACUUM")
db.close()
print(out, out.stat().st_size)
