// Stored events a new report could join, and the events $ids names, each
// with all its REPORTS. A report ($keys: type, place, actors, targets, dates,
// prefix, undated) can join an event of its type and place ("" for none)
// that shares an actor and a target with it (or has none where it has
// none) and has a report at most a day away: a date in k.dates, starting
// with k.prefix, or undated on either side. A report with no actor, target
// or place has no key. Each branch starts from the key's participants (its
// actors, else its targets, else its place), so the work follows the events
// they take part in, not every event of a type. The loader decides among
// these in Go; this only narrows.
CALL () {
  UNWIND $keys AS k
  UNWIND k.actors AS actor
  MATCH (:Entity {id: actor})-[:ACTOR_IN]->(v:Event {type: k.type})
  WHERE ((k.place = "" AND NOT EXISTS { (v)-[:OCCURRED_IN]->() })
         OR EXISTS { (v)-[:OCCURRED_IN]->(:Place {id: k.place}) })
    AND ((size(k.targets) = 0 AND NOT EXISTS { ()-[:TARGET_OF]->(v) })
         OR EXISTS { MATCH (t:Entity)-[:TARGET_OF]->(v) WHERE t.id IN k.targets })
    AND EXISTS {
      MATCH (:Article)-[r:REPORTS]->(v)
      WHERE k.undated OR r.date IS NULL OR r.date IN k.dates
         OR (k.prefix <> "" AND r.date STARTS WITH k.prefix)
    }
  RETURN v
UNION
  UNWIND $keys AS k
  WITH k WHERE size(k.actors) = 0
  UNWIND k.targets AS target
  MATCH (:Entity {id: target})-[:TARGET_OF]->(v:Event {type: k.type})
  WHERE NOT EXISTS { ()-[:ACTOR_IN]->(v) }
    AND ((k.place = "" AND NOT EXISTS { (v)-[:OCCURRED_IN]->() })
         OR EXISTS { (v)-[:OCCURRED_IN]->(:Place {id: k.place}) })
    AND EXISTS {
      MATCH (:Article)-[r:REPORTS]->(v)
      WHERE k.undated OR r.date IS NULL OR r.date IN k.dates
         OR (k.prefix <> "" AND r.date STARTS WITH k.prefix)
    }
  RETURN v
UNION
  UNWIND $keys AS k
  WITH k WHERE size(k.actors) = 0 AND size(k.targets) = 0 AND k.place <> ""
  MATCH (v:Event {type: k.type})-[:OCCURRED_IN]->(:Place {id: k.place})
  WHERE NOT EXISTS { ()-[:ACTOR_IN]->(v) }
    AND NOT EXISTS { ()-[:TARGET_OF]->(v) }
    AND EXISTS {
      MATCH (:Article)-[r:REPORTS]->(v)
      WHERE k.undated OR r.date IS NULL OR r.date IN k.dates
         OR (k.prefix <> "" AND r.date STARTS WITH k.prefix)
    }
  RETURN v
UNION
  MATCH (v:Event)
  WHERE v.id IN $ids
  RETURN v
}
MATCH (a:Article)-[r:REPORTS]->(v)
RETURN a, r, v
