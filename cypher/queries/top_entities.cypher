// Top entities: the people, places and organizations named in the most
// articles of a period, with how often they are mentioned there and in all.
// Parameters: $label ('Person', 'Place', 'Organization', or null for all),
// $since and $until (first and last day, 'YYYY-MM-DD', on Article.published;
// null leaves that end open), $limit (how many rows). Only dated articles
// fall in a period; the all-time counts (total_articles, total_mentions)
// count every article.
// :param label => 'Person'
// :param since => null
// :param until => null
// :param limit => 25
MATCH (a:Article)
WHERE a.published >= coalesce($since, '') AND a.published <= coalesce($until, '9999-12-31')
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
WITH e, count(a) AS articles, sum(m.count) AS mentions
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       articles, mentions, e.articles AS total_articles, e.mentions AS total_mentions
ORDER BY articles DESC, mentions DESC, name
LIMIT $limit
