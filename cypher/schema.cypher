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
