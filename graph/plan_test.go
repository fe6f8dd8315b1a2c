package graph_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestRowsObeyNeo4jPropertyRules checks every parameter row the loader
// sends: property values must be scalars or homogeneous lists of scalars,
// never maps or nulls, and the keys MERGE matches on must be set.
func TestRowsObeyNeo4jPropertyRules(t *testing.T) {
	steps := graph.Plan(graphtest.SeedGraph(t))
	rows := 0
	for _, step := range steps {
		for i, row := range step.Rows {
			rows++
			where := fmt.Sprintf("%s row %d", step.Name, i)
			for k, v := range row {
				if k == "" {
					t.Errorf("%s: empty key", where)
				}
				if err := propertyValueError(v); err != nil {
					t.Errorf("%s: %s: %v", where, k, err)
				}
			}
			keys := []string{"id"}
			if _, isRel := row["start"]; isRel {
				keys = []string{"start", "end"}
			}
			for _, k := range keys {
				if s, ok := row[k].(string); !ok || s == "" {
					t.Errorf("%s: MERGE key %q is %#v", where, k, row[k])
				}
			}
		}
	}
	if rows == 0 {
		t.Fatal("no rows planned")
	}
}

func propertyValueError(v any) error {
	switch x := v.(type) {
	case nil:
		return fmt.Errorf("null")
	case string, bool, int, int64, float64:
		return nil
	case []string:
		if x == nil {
			return fmt.Errorf("nil list")
		}
		return nil
	case []int, []int64, []float64, []bool:
		return nil
	}
	return fmt.Errorf("%T is not a Neo4j property type", v)
}

// TestPropertyRuleCheckFails makes sure the rule check above can fail.
func TestPropertyRuleCheckFails(t *testing.T) {
	for _, bad := range []any{nil, map[string]any{"a": 1}, []any{"a", 1}, struct{}{}} {
		if propertyValueError(bad) == nil {
			t.Errorf("%#v passed the property check", bad)
		}
	}
}

func TestPlanPutsNodesBeforeRelationships(t *testing.T) {
	steps := graph.Plan(graphtest.SeedGraph(t))
	var names []string
	for _, s := range steps {
		names = append(names, s.Name)
	}
	want := []string{"article", "person", "place", "organization", "event",
		"mentions", "co_occurs_with", "reports", "actor_in", "target_of", "occurred_in", "same_story"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("steps %v, want %v", names, want)
	}
}

func TestBatches(t *testing.T) {
	rows := make([]map[string]any, 12)
	var sizes []int
	for _, b := range graph.Batches(rows, 5) {
		sizes = append(sizes, len(b))
	}
	if !reflect.DeepEqual(sizes, []int{5, 5, 2}) {
		t.Fatalf("batch sizes %v", sizes)
	}
}
