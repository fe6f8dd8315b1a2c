#!/bin/sh
# Bulk-loads this graph into a NEW, EMPTY Neo4j 5 database with neo4j-admin:
# much faster than 'newsgraph load', but only for a first load. Stop the
# database first (or name a database that does not exist yet), run this
# where neo4j-admin can read these files, then in Neo4j:
#   CREATE DATABASE <name>   (Enterprise)  or restart the DBMS (Community, database neo4j)
# and apply the constraints with 'newsgraph schema'.
# Usage: ./import.sh [DATABASE]   (default: $NEO4J_DATABASE, else neo4j)
set -eu
cd "$(dirname "$0")"
DATABASE="${1:-${NEO4J_DATABASE:-neo4j}}"
exec neo4j-admin database import full "$DATABASE" \
  --overwrite-destination=true \
  --id-type=string \
  --array-delimiter="U+001F" \
  --ignore-empty-strings=true \
  --nodes=Article=articles.csv \
  --nodes=Entity:Person=persons.csv \
  --nodes=Entity:Place=places.csv \
  --nodes=Entity:Organization=organizations.csv \
  --nodes=Event=events.csv \
  --relationships=MENTIONS=mentions.csv \
  --relationships=CO_OCCURS_WITH=co_occurs_with.csv \
  --relationships=REPORTS=reports.csv \
  --relationships=ACTOR_IN=actor_in.csv \
  --relationships=TARGET_OF=target_of.csv \
  --relationships=OCCURRED_IN=occurred_in.csv \
  --relationships=SAME_STORY=same_story.csv
