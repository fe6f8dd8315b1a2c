// Export: the whole graph, every node then every relationship, one a row,
// for 'newsgraph export' (which streams it into graph.json, GraphML or CSV).
// Parameters: none.
MATCH (n)
WHERE n:Article OR n:Entity OR n:Event
RETURN n AS item
UNION ALL
MATCH (:Article|Entity|Event)-[r]->(:Article|Entity|Event)
RETURN r AS item
