// Who acted on whom: actor -> target counts by event type, from events
// that name both.
// Parameters: $event_type (an Event.type such as 'ASSAULT' or 'COERCE', or
// null for all), $limit.
// :param event_type => null
// :param limit => 25
MATCH (a:Entity)-[:ACTOR_IN]->(v:Event)<-[:TARGET_OF]-(t:Entity)
WHERE ($event_type IS NULL OR v.type = $event_type) AND a <> t
RETURN a.name AS actor, v.type AS event_type, t.name AS target,
       count(DISTINCT v) AS events, min(v.date) AS first, max(v.date) AS last
ORDER BY events DESC, actor, target, event_type
LIMIT $limit
