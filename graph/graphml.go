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
//
// The keys are declared before the first node, so src is read twice: once
// for the property names and types, once to write the rows.
func WriteGraphML(w io.Writer, src Source) error {
	nodeKeys, edgeKeys := graphmlKeys{}, graphmlKeys{}
	if err := src.EachNode(func(n Node) error { nodeKeys.add(n.Properties); return nil }); err != nil {
		return err
	}
	if err := src.EachRelationship(func(r Relationship) error { edgeKeys.add(r.Properties); return nil }); err != nil {
		return err
	}

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	bw.WriteString(`  <key id="labels" for="node" attr.name="labels" attr.type="string"/>` + "\n")
	for _, k := range nodeKeys.sorted() {
		fmt.Fprintf(bw, `  <key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", attr(k.name), attr(k.name), k.typ)
	}
	bw.WriteString(`  <key id="type" for="edge" attr.name="type" attr.type="string"/>` + "\n")
	for _, k := range edgeKeys.sorted() {
		fmt.Fprintf(bw, `  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", attr(k.name), attr(k.name), k.typ)
	}
	bw.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	if err := src.EachNode(func(n Node) error {
		fmt.Fprintf(bw, `    <node id="%s">`, attr(n.ID))
		fmt.Fprintf(bw, `<data key="labels">:%s</data>`, text(strings.Join(n.Labels, ":")))
		writeData(bw, "n_", n.Properties)
		bw.WriteString("</node>\n")
		return writeErr(bw)
	}); err != nil {
		return err
	}
	i := 0
	if err := src.EachRelationship(func(r Relationship) error {
		fmt.Fprintf(bw, `    <edge id="e%d" source="%s" target="%s">`, i, attr(r.Start), attr(r.End))
		fmt.Fprintf(bw, `<data key="type">%s</data>`, r.Type)
		writeData(bw, "e_", r.Properties)
		i++
		bw.WriteString("</edge>\n")
		return writeErr(bw)
	}); err != nil {
		return err
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

type graphmlKey struct{ name, typ string }

// graphmlKeys collects every property name and its GraphML type, the type
// of the first value seen.
type graphmlKeys map[string]string

func (ks graphmlKeys) add(props map[string]any) {
	for k, v := range props {
		if _, ok := ks[k]; !ok {
			ks[k] = graphmlType(v)
		}
	}
}

// sorted lists the keys by name.
func (ks graphmlKeys) sorted() []graphmlKey {
	keys := make([]graphmlKey, 0, len(ks))
	for k, t := range ks {
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
