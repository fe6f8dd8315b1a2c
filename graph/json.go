package graph

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteJSON writes the graph as
// {"nodes":[{"id","labels","properties"}],"relationships":[{"type","start","end","properties"}]},
// one node or relationship a line so that large graphs stream and diff well.
func WriteJSON(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\"nodes\": [\n")
	for i, n := range g.Nodes {
		if err := writeItem(bw, n, i == len(g.Nodes)-1); err != nil {
			return err
		}
	}
	bw.WriteString("],\n\"relationships\": [\n")
	for i, r := range g.Relationships {
		if err := writeItem(bw, r, i == len(g.Relationships)-1); err != nil {
			return err
		}
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

func writeItem(bw *bufio.Writer, v any, last bool) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	bw.Write(b)
	if !last {
		bw.WriteByte(',')
	}
	bw.WriteByte('\n')
	return nil
}
