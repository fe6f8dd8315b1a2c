// The stored entities among $ids, with their counts.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e
