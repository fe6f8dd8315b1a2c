// newsgraph load script for cypher-shell; safe to run again.
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f load.cypher
// Constraints and indexes for the newsgraph model. Every lookup key the
// loader and the query library use is covered: ids by uniqueness
// constraints (which are indexes too), names, types and dates by range
// indexes. Safe to run again: every statement is IF NOT EXISTS.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (v:Event) REQUIRE v.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX person_name IF NOT EXISTS FOR (e:Person) ON (e.name);
CREATE INDEX place_name IF NOT EXISTS FOR (e:Place) ON (e.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (e:Organization) ON (e.name);
CREATE INDEX person_surname IF NOT EXISTS FOR (e:Person) ON (e.surname);
CREATE INDEX person_given IF NOT EXISTS FOR (e:Person) ON (e.given);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256);
CREATE INDEX event_type IF NOT EXISTS FOR (v:Event) ON (v.type);
CREATE INDEX event_date IF NOT EXISTS FOR (v:Event) ON (v.date);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name];
CREATE INDEX mentions_surname IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.surname);
CREATE INDEX co_occurs_sentences IF NOT EXISTS FOR ()-[r:CO_OCCURS_WITH]-() ON (r.sentences);
:param rows => [{`id`: 'a1', `published`: '2025-01-05', `sha256`: 'ab', `title`: 'Zelensky: "heavy" losses, Kursk; 1,000-km front'}]
// Articles: one row a node, the row is its property map (id, title, url,
// source, published, sha256). SET = replaces every property, so a changed
// article keeps nothing of its old version.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row;
:param rows => [{`aliases`: ['Volodymyr Zelensky', 'Zelensky'], `articles`: 1, `id`: 'person:volodymyr zelensky', `mentions`: 3, `name`: 'Volodymyr Zelensky'}]
// Persons: the row is the entity's whole state (id, name, aliases, mentions,
// articles, and the bookkeeping names/name_mentions, alias_articles that
// let a later load add or take away one article's share).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row, e:Person;
:param rows => [{`aliases`: ['Kursk'], `articles`: 1, `id`: 'place:kursk', `mentions`: 2, `name`: 'Kursk'}]
// Places: the row is the entity's whole state (id, name, aliases, mentions,
// articles, and the bookkeeping names/name_mentions, alias_articles that
// let a later load add or take away one article's share).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row, e:Place;
:param rows => [{`confidence`: 0.5, `id`: 'event:1', `text`: 'Zelensky said.\nIt\'s Kyiv’s view', `trigger`: 'said', `type`: 'STATEMENT'}]
// Events: the row is the property map (id, type, trigger, text, date, confidence,
// sources, and mode, killed, injured, size where the text states them).
UNWIND $rows AS row
MERGE (v:Event {id: row.id})
SET v = row;
:param rows => [{`count`: 3, `end`: 'person:volodymyr zelensky', `start`: 'a1'}, {`count`: 2, `end`: 'place:kursk', `start`: 'a1'}]
// (:Article)-[:MENTIONS {count, name, aliases, sentences}]->(:Entity): what
// the article calls the entity and in which sentences, so that its share
// of the counts can be taken away again.
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[r:MENTIONS]->(e)
SET r = row
REMOVE r.start, r.end;
:param rows => [{`articles`: 1, `end`: 'place:kursk', `sentences`: 2, `start`: 'person:volodymyr zelensky'}]
// (:Entity)-[:CO_OCCURS_WITH {sentences, articles}]->(:Entity), start id < end id
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:CO_OCCURS_WITH]->(b)
SET r.sentences = row.sentences, r.articles = row.articles;
:param rows => [{`end`: 'event:1', `start`: 'a1'}]
// (:Article)-[:REPORTS {n, type, trigger, text, sentence, date, place, actors,
// targets, confidence, ...}]->(:Event): one relationship a report, n its
// place among the article's reports. It keeps the report as the article
// made it, so that events can be merged again when articles come or go.
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (a)-[r:REPORTS {n: row.n}]->(v)
SET r = row
REMOVE r.start, r.end;
:param rows => [{`end`: 'event:1', `start`: 'person:volodymyr zelensky'}]
// (:Entity)-[:ACTOR_IN]->(:Event)
UNWIND $rows AS row
MATCH (e:Entity {id: row.start})
MATCH (v:Event {id: row.end})
MERGE (e)-[:ACTOR_IN]->(v);
:param rows => [{`end`: 'place:kursk', `start`: 'event:1'}]
// (:Event)-[:OCCURRED_IN]->(:Place)
UNWIND $rows AS row
MATCH (v:Event {id: row.start})
MATCH (p:Place {id: row.end})
MERGE (v)-[:OCCURRED_IN]->(p);
