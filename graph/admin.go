package graph

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// arrayDelimiter separates list elements in neo4j-admin CSV cells. The
// ASCII unit separator never occurs in names, so no alias needs escaping.
const arrayDelimiter = "\x1f"

// adminFiles says which file holds each label and type, and the ID space of
// each end of a relationship. Labels are given on the command line, so the
// files need no :LABEL column.
var (
	adminNodes = []struct{ labels, file, space string }{
		{LabelArticle, "articles.csv", "Article"},
		{LabelEntity + ":" + LabelPerson, "persons.csv", "Entity"},
		{LabelEntity + ":" + LabelPlace, "places.csv", "Entity"},
		{LabelEntity + ":" + LabelOrganization, "organizations.csv", "Entity"},
		{LabelEvent, "events.csv", "Event"},
	}
	adminRels = []struct{ typ, file, from, to string }{
		{RelMentions, "mentions.csv", "Article", "Entity"},
		{RelCoOccurs, "co_occurs_with.csv", "Entity", "Entity"},
		{RelReports, "reports.csv", "Article", "Event"},
		{RelActorIn, "actor_in.csv", "Entity", "Event"},
		{RelTargetOf, "target_of.csv", "Entity", "Event"},
		{RelOccurredIn, "occurred_in.csv", "Event", "Entity"},
		{RelSameStory, "same_story.csv", "Article", "Article"},
	}
)

// WriteAdminImport writes the graph as CSV files for
// `neo4j-admin database import full`, the fastest way to load a large graph
// into a new, empty database, and import.sh with the exact command.
func WriteAdminImport(dir string, g *Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	args := []string{}
	for _, an := range adminNodes {
		var props []map[string]any
		for _, n := range g.Nodes {
			if strings.Join(n.Labels, ":") == an.labels {
				props = append(props, n.Properties)
			}
		}
		cols := columns(props, "id")
		header := []string{"id:ID(" + an.space + ")"}
		for _, c := range cols[1:] {
			header = append(header, c.header())
		}
		if err := writeCSV(filepath.Join(dir, an.file), header, len(props), func(i int) []string {
			return cells(props[i], cols)
		}); err != nil {
			return err
		}
		args = append(args, fmt.Sprintf("--nodes=%s=%s", an.labels, an.file))
	}
	for _, ar := range adminRels {
		var rels []Relationship
		for _, r := range g.Relationships {
			if r.Type == ar.typ {
				rels = append(rels, r)
			}
		}
		props := make([]map[string]any, len(rels))
		for i, r := range rels {
			props[i] = r.Properties
		}
		cols := columns(props, "")
		header := []string{":START_ID(" + ar.from + ")", ":END_ID(" + ar.to + ")"}
		for _, c := range cols {
			header = append(header, c.header())
		}
		if err := writeCSV(filepath.Join(dir, ar.file), header, len(rels), func(i int) []string {
			return append([]string{rels[i].Start, rels[i].End}, cells(props[i], cols)...)
		}); err != nil {
			return err
		}
		args = append(args, fmt.Sprintf("--relationships=%s=%s", ar.typ, ar.file))
	}
	return os.WriteFile(filepath.Join(dir, "import.sh"), []byte(importScript(args)), 0o755)
}

// importScript is import.sh: the exact neo4j-admin command for these files.
func importScript(args []string) string {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
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
  --ignore-empty-strings=true`)
	for _, a := range args {
		b.WriteString(" \\\n  " + a)
	}
	b.WriteString("\n")
	return b.String()
}

type column struct{ name, typ string }

func (c column) header() string {
	if c.typ == "string" {
		return c.name
	}
	return c.name + ":" + c.typ
}

// columns lists the properties of rows, first the given key, then the rest
// by name, each with its neo4j-admin type.
func columns(rows []map[string]any, first string) []column {
	types := map[string]string{}
	for _, r := range rows {
		for k, v := range r {
			if _, ok := types[k]; !ok {
				types[k] = adminType(v)
			}
		}
	}
	var cols []column
	if first != "" {
		cols = append(cols, column{first, types[first]})
		delete(types, first)
	}
	names := make([]string, 0, len(types))
	for k := range types {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		cols = append(cols, column{k, types[k]})
	}
	return cols
}

func adminType(v any) string {
	switch v.(type) {
	case int, int64:
		return "long"
	case float64:
		return "double"
	case bool:
		return "boolean"
	case []string:
		return "string[]"
	case []int:
		return "long[]"
	}
	return "string"
}

func cells(props map[string]any, cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		switch v := props[c.name].(type) {
		case nil:
		case string:
			out[i] = v
		case []string:
			out[i] = strings.Join(v, arrayDelimiter)
		case []int:
			nums := make([]string, len(v))
			for j, n := range v {
				nums[j] = strconv.Itoa(n)
			}
			out[i] = strings.Join(nums, arrayDelimiter)
		case float64:
			out[i] = strconv.FormatFloat(v, 'g', -1, 64)
		default:
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

func writeCSV(path string, header []string, n int, row func(int) []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write(header)
	for i := 0; i < n; i++ {
		w.Write(row(i))
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
