// Articles that name a person by one of $surnames alone, whether that
// mention is linked to a full name or not.
MATCH (a:Article)-[m:MENTIONS]->(:Person)
WHERE m.surname IN $surnames
RETURN DISTINCT a
