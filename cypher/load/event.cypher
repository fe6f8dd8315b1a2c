// Events: the row is the property map (id, type, trigger, text, date, confidence,
// sources, and mode, killed, injured, size where the text states them).
UNWIND $rows AS row
MERGE (v:Event {id: row.id})
SET v = row
