// Persons: the row is the property map (id, name, aliases, mentions, articles).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row, e:Person
