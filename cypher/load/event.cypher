// Events: the row is the property map (id, type, trigger, text, date, confidence).
UNWIND $rows AS row
MERGE (v:Event {id: row.id})
SET v += row
