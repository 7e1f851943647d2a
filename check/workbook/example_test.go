package workbook_test

import (
	"bytes"
	"fmt"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/check/workbook"
	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
)

// Answering a buyer's workbook: IDs in column A, answers in C, evidence
// in D. The buyer's sheet comes in as bytes (here made on the spot) and
// goes out filled in.
func ExampleFill() {
	buyer := excelize.NewFile()
	for i, row := range [][]string{{"No.", "確認項目", "回答", "根拠"}, {"5", "サービス稼働率"}, {"2", "計画停止予定通知"}} {
		for j, v := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			_ = buyer.SetCellStr("Sheet1", cell, v)
		}
	}
	var in bytes.Buffer
	_ = buyer.Write(&in)

	doc, _ := examples.Load("loilo")
	p, _ := check.ProfileByName("meti-sla")
	ja := locale.For(language.Japanese)
	var out bytes.Buffer
	rep, err := workbook.Fill(&in, &out, check.Answer(doc, p, ja),
		workbook.Layout{IDColumn: "A", AnswerColumn: "C", EvidenceColumn: "D"}, ja)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Answered {
		fmt.Printf("row %d: item %s answered %s\n", r.Row, r.ID, r.Verdict)
	}
	for _, r := range rep.NotStated {
		fmt.Printf("row %d: item %s left blank\n", r.Row, r.ID)
	}
	fmt.Println("no row for items", rep.Missing)

	filled, _ := excelize.OpenReader(&out)
	answer, _ := filled.GetCellValue("Sheet1", "C2")
	fmt.Println("C2:", answer)
	// Output:
	// row 2: item 5 answered yes
	// row 3: item 2 left blank
	// no row for items [1 3 4 6 7 9]
	// C2: はい
}
