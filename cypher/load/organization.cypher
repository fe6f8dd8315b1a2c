// Organizations: the row is the entity's whole state (id, name, aliases, mentions,
// articles, and the bookkeeping names/name_mentions, alias_articles that
// let a later load add or take away one article's share).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row, e:Organization
