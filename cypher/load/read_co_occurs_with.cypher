// The stored CO_OCCURS_WITH among $rows ({start, end}, start < end).
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})-[r:CO_OCCURS_WITH]->(b:Entity {id: row.end})
RETURN a, r, b
