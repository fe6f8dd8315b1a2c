package graph

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteGraphML writes the graph as GraphML for Gephi, yEd, NetworkX and
// igraph. Every property becomes a <data> key; lists are written as JSON
// arrays, since GraphML has no list type; labels go in "labels" as a
// colon-separated list (":Entity:Person") and the relationship type in "type".
func WriteGraphML(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	nodeKeys := propertyKeys(len(g.Nodes), func(i int) map[string]any { return g.Nodes[i].Properties })
	edgeKeys := propertyKeys(len(g.Relationships), func(i int) map[string]any { return g.Relationships[i].Properties })

	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	bw.WriteString(`  <key id="labels" for="node" attr.name="labels" attr.type="string"/>` + "\n")
	for _, k := range nodeKeys {
		fmt.Fprintf(bw, `  <key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", attr(k.name), attr(k.name), k.typ)
	}
	bw.WriteString(`  <key id="type" for="edge" attr.name="type" attr.type="string"/>` + "\n")
	for _, k := range edgeKeys {
		fmt.Fprintf(bw, `  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", attr(k.name), attr(k.name), k.typ)
	}
	bw.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, `    <node id="%s">`, attr(n.ID))
		fmt.Fprintf(bw, `<data key="labels">:%s</data>`, text(strings.Join(n.Labels, ":")))
		writeData(bw, "n_", n.Properties)
		bw.WriteString("</node>\n")
	}
	for i, r := range g.Relationships {
		fmt.Fprintf(bw, `    <edge id="e%d" source="%s" target="%s">`, i, attr(r.Start), attr(r.End))
		fmt.Fprintf(bw, `<data key="type">%s</data>`, r.Type)
		writeData(bw, "e_", r.Properties)
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

type graphmlKey struct{ name, typ string }

// propertyKeys collects every property name and its GraphML type.
func propertyKeys(n int, props func(int) map[string]any) []graphmlKey {
	types := map[string]string{}
	for i := 0; i < n; i++ {
		for k, v := range props(i) {
			if _, ok := types[k]; !ok {
				types[k] = graphmlType(v)
			}
		}
	}
	keys := make([]graphmlKey, 0, len(types))
	for k, t := range types {
		keys = append(keys, graphmlKey{k, t})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].name < keys[j].name })
	return keys
}

func graphmlType(v any) string {
	switch v.(type) {
	case int, int64:
		return "long"
	case float64:
		return "double"
	case bool:
		return "boolean"
	}
	return "string"
}

func writeData(bw *bufio.Writer, prefix string, props map[string]any) {
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, `<data key="%s%s">%s</data>`, prefix, attr(k), text(scalarString(props[k])))
	}
}

// scalarString renders a property value as text; lists become JSON arrays.
func scalarString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string, []int:
		b, _ := json.Marshal(x)
		return string(b)
	}
	return fmt.Sprint(v)
}

func text(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attr(s string) string { return text(s) }
