// Shortest paths between two entities through events: every shortest chain
// of events that link them as actors, targets or places (for example A
// acted in an event that B was the target of), up to 8 steps.
// Parameters: $from and $to (entities' ids or names).
// :param from => 'person:volodymyr zelensky'
// :param to => 'place:russia'
MATCH (a:Entity)
WHERE a.id = $from OR a.name = $from
MATCH (b:Entity)
WHERE (b.id = $to OR b.name = $to) AND a <> b
MATCH p = allShortestPaths((a)-[:ACTOR_IN|TARGET_OF|OCCURRED_IN*..8]-(b))
RETURN p, length(p) AS hops,
       [n IN nodes(p) | CASE WHEN n:Event THEN n.type + ' (' + coalesce(n.trigger, '') + ')' ELSE n.name END] AS chain,
       [v IN nodes(p) WHERE v:Event | v.text] AS events
