// Export, around entities: the entities named, by id or name, one a row,
// for 'newsgraph export --entity' (export_neighbours then widens them).
// Parameters: $entities (a list of entities' ids or names).
// :param entities => ['person:volodymyr zelensky']
UNWIND $entities AS wanted
MATCH (e:Entity)
WHERE e.id = wanted OR e.name = wanted
RETURN DISTINCT e AS n
