// CO_OCCURS_WITH that no article supports any more.
UNWIND $rows AS row
MATCH (:Entity {id: row.start})-[r:CO_OCCURS_WITH]->(:Entity {id: row.end})
DELETE r
