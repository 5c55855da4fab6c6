"""Question-and-answer tables read as prose: a two-column table whose header
names a question, issue, concern, theme or key factor and the proposer's
answer ("Issue raised | Council's response", "Question | Answer", "Key factor
| How the proposal meets it", "You said | We did"), or whose every row asks a
short question and answers it in sentences, has its answers read as
paragraphs under the question as their heading: what the answer claims is the
plan, even under a heading about the consultation's responses, and the
question or concern itself is not.  Data tables (places, figures, money), a
form's choices and a respondent's own answers stay table rows.  Markdown,
plain text and Word alike."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.reader import read_document, sentences


_OPENING = (
    "# Outcome of consultation: enlarging Millbrook School\n\n"
    "## 1. The proposal\n\n"
    "1.1 The Council proposes to enlarge Millbrook School, a community special school for pupils with autism, "
    "from 80 to 96 places from 1 September 2027. No pupil will have to change school.\n\n"
    "## 2. What respondents raised, and our response\n\n"
    "The consultation ran from 1 September to 20 October 2026 and 48 responses were received.\n\n"
)


def _table(header: tuple[str, str], rows: list[tuple[str, str]]) -> str:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|"] + [f"| {q} | {a} |" for q, a in rows]
    return "\n".join(lines) + "\n"


_STAFF_SPECIFIC = ("Millbrook will appoint a speech and language therapist three days a week and a 0.5 FTE clinical "
                   "psychologist from September 2027.")
_STAFF_GENERAL = "Pupils will have better access to specialist staff and to other professionals at Millbrook."
_BUILDING = ("A new teaching block of four classrooms (55 m² each), a sensory room and a hygiene suite, costing "
             "£2.1 million, will be ready by July 2027.")

# The answer column's header in several wordings, over a specific claim: the answer is the plan.
HEADERS = [
    ("Issue raised", "Council's response"),
    ("Question", "Answer"),
    ("Concern", "How we will address it"),
    ("Theme", "What we will do"),
    ("Query", "Our response"),
    ("Key issue", "Response"),
    ("Q", "A"),
    ("Comment received", "Officer response"),
    ("Objection", "Action taken"),
]


@pytest.mark.parametrize("header", HEADERS, ids=[" | ".join(h) for h in HEADERS])
def test_an_answer_claiming_named_staff_meets_b_whatever_the_header_says(write, header):
    body = _OPENING + _table(header, [("Who will support the children?", _STAFF_SPECIFIC)])
    assert check_document(write(body)).verdicts()["b"] == "met"


@pytest.mark.parametrize("header", HEADERS[:3], ids=[" | ".join(h) for h in HEADERS[:3]])
def test_an_answer_claiming_staff_in_general_words_is_unclear(write, header):
    body = _OPENING + _table(header, [("Will there be specialists?", _STAFF_GENERAL)])
    assert check_document(write(body)).verdicts()["b"] == "unclear"


def test_an_issue_named_not_asked_labels_its_answer(write):
    # "Accommodation" | "A new teaching block ...": the issue named is the answer's heading
    body = _OPENING + _table(("Issue", "Response"), [("Accommodation", _BUILDING), ("Specialist staff", _STAFF_SPECIFIC)])
    verdicts = check_document(write(body)).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("met", "met")


def test_a_table_of_questions_without_a_header_is_read_by_the_shape_of_its_rows(write):
    rows = [("What will the new building be like?", _BUILDING), ("Who will teach my child?", _STAFF_SPECIFIC)]
    body = _OPENING + "| | |\n|---|---|\n" + "\n".join(f"| {q} | {a} |" for q, a in rows) + "\n"
    verdicts = check_document(write(body)).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("met", "met")


def test_the_concern_raised_is_what_a_respondent_said_not_the_plan(write):
    # the concern names a therapist and a building; the Council's answer promises neither
    rows = [("Parents asked for a speech and language therapist three days a week and a new sensory room of 30 m².",
             "We have noted these views and will report them to Cabinet in December 2026.")]
    body = _OPENING + _table(("Concern raised", "Council's response"), rows)
    verdicts = check_document(write(body)).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("not_met", "not_met")


def test_what_respondents_said_in_an_answer_is_still_not_the_plan(write):
    rows = [("Will there be specialists?", "Many parents said that a full-time speech and language therapist is needed.")]
    body = _OPENING + _table(("Question", "Response"), rows)
    assert check_document(write(body)).verdicts()["b"] == "not_met"


def test_a_respondents_own_answers_stay_a_form_and_not_the_plan(write):
    # "Question | Your answer": a returned response form, quoted under the responses heading
    rows = [("Who should support the children?", _STAFF_SPECIFIC)]
    body = _OPENING + _table(("Question", "Your answer"), rows)
    assert check_document(write(body)).verdicts()["b"] == "not_met"


def test_a_question_answered_no_about_pupils_moving_says_nobody_is_displaced(write):
    body = (_OPENING.replace(" No pupil will have to change school.", "")
            + _table(("Question", "Answer"), [("Will any current pupils have to move school?",
                                               "No. Every pupil now at Millbrook stays there, and the new places are for new admissions.")]))
    assert check_document(write(body)).verdicts()["ii"] == "not_applicable"


# Tables of data keep being read as rows: figures, money, a form's choices.
DATA_TABLES = [
    _table(("Provision", "Places"), [("Millbrook School now", "80"), ("Millbrook School from September 2027", "96")]),
    _table(("Funding", "Amount"), [("High Needs Provision Capital Allocation", "£2.1 million"),
                                   ("High Needs Block, each year", "£380,000")]),
    _table(("Question", "Response"), [("Do you agree with the proposal?", "Yes / No / Don't know"),
                                      ("Your connection with Millbrook", "Parent / Pupil / Staff / Other")]),
]


@pytest.mark.parametrize("table", DATA_TABLES, ids=["places", "money", "form"])
def test_a_table_of_data_stays_rows(write, table):
    doc = read_document(write(_OPENING + table))
    rows = [b for b in doc.blocks if b.cells]
    assert rows and all(b.kind == "row" for b in rows)


def test_the_answer_keeps_its_row_line_and_table(write):
    body = _OPENING + _table(("Issue raised", "Council's response"), [("Who will support the children?", _STAFF_SPECIFIC)])
    path = write(body)
    doc = read_document(path)
    answer = next(b for b in doc.blocks if b.kind == "paragraph" and b.cells)
    assert answer.cells == ("Who will support the children?", _STAFF_SPECIFIC)
    assert answer.header == ("Issue raised", "Council's response")
    assert answer.headings[-1] == "Who will support the children?"
    line = path.read_text().splitlines().index(f"| Who will support the children? | {_STAFF_SPECIFIC} |") + 1
    assert [s.number for s in sentences(doc) if s.block == answer.index] == [line]


_PROPOSAL_TEXT = ("The Council proposes to enlarge Millbrook School, a community special school for pupils with autism, "
                  "from 80 to 96 places from 1 September 2027.")
_ADMISSIONS = ("The new places are for pupils in Key Stages 2 and 3. Pupils will be admitted through their education, health "
               "and care plans.")
_CONSULTED_TEXT = "The consultation ran from 1 September to 20 October 2026 and 48 responses were received."


def test_plain_text_tables_are_read_the_same_way(write):
    body = ("OUTCOME OF CONSULTATION: ENLARGING MILLBROOK SCHOOL\n\n"
            f"1. The proposal\n\n{_PROPOSAL_TEXT}\n\nNo pupil will have to change school.\n\n{_ADMISSIONS}\n\n"
            f"2. Consultation responses\n\n{_CONSULTED_TEXT}\n\n"
            "Question\tAnswer\n"
            f"Who will support the children?\t{_STAFF_SPECIFIC}\n"
            f"Is there a new building?\t{_BUILDING}\n")
    verdicts = check_document(write(body, "outcome.txt")).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("met", "met")


def test_word_tables_are_read_the_same_way(docx_of):
    spec = [
        ("title", "Outcome of consultation: enlarging Millbrook School"),
        ("h1", "1. The proposal"),
        ("p", _PROPOSAL_TEXT),
        ("p", "No pupil will have to change school."),
        ("p", _ADMISSIONS),
        ("h1", "2. Consultation responses"),
        ("p", _CONSULTED_TEXT),
        ("table", [["Issue raised", "Council's response"],
                   ["Who will support the children?", _STAFF_SPECIFIC],
                   ["Is there a new building?", _BUILDING]]),
    ]
    verdicts = check_document(docx_of(spec)).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("met", "met")


def test_a_count_of_responses_beside_the_theme_and_the_answer_is_left_aside(write):
    body = _OPENING + ("| Theme raised | Responses | Council's response |\n|---|---|---|\n"
                       f"| Accommodation | 17 | {_BUILDING} |\n| Specialist staff | 9 | {_STAFF_SPECIFIC} |\n")
    verdicts = check_document(write(body)).verdicts()
    assert (verdicts["b"], verdicts["c"]) == ("met", "met")


def test_a_long_column_of_what_respondents_said_keeps_the_table_as_rows(write):
    body = _OPENING + ("| Theme | What respondents said | Council's response |\n|---|---|---|\n"
                       "| Staff | Several parents said the school needs a full-time speech and language therapist. | Noted. |\n")
    doc = read_document(write(body))
    assert all(b.kind == "row" for b in doc.blocks if b.cells)
    assert check_document(write(body)).verdicts()["b"] == "not_met"


_KEY_FACTORS = (
    "# Statutory proposal: enlarging Millbrook School\n\n"
    "## 1. The proposal\n\n"
    "The Council proposes to enlarge Millbrook School, a community special school for pupils with autism, from 80 to 96 "
    "places from 1 September 2027. No pupil will have to change school.\n\n"
    "## 2. The SEN Improvement Test\n\n"
    "| Key factor | How the proposal meets it |\n|---|---|\n"
)


@pytest.mark.parametrize("answer, expected", [
    (_BUILDING, "met"),
    ("Pupils will have improved accommodation that better meets their needs at Millbrook.", "unclear"),
], ids=["specific", "general"])
def test_a_key_factor_table_answers_each_factor_in_prose(write, answer, expected):
    body = _KEY_FACTORS + f"| (c) Access to suitable accommodation | {answer} |\n"
    assert check_document(write(body)).verdicts()["c"] == expected


def test_a_bare_yes_to_a_question_about_pupils_moving_says_some_move(write):
    # a table answered mostly in sentences, one answer a bare "Yes": pupils move, and the document must say where
    body = (_OPENING.replace(" No pupil will have to change school.", "")
            + _table(("Question", "Answer"), [("Will any current pupils have to move school?", "Yes."),
                                              ("Who will support the children?", _STAFF_SPECIFIC),
                                              ("Is there a new building?", _BUILDING)]))
    assert check_document(write(body)).verdicts()["ii"] == "not_met"


# The Test's own words as the key factor, the answer a description without a verb: the factor stands to the answer
# as a row's label to its value (what it describes is claimed), however long the factor's words.
VERBLESS = [
    ("c", "(c) Improved access to suitable accommodation",
     "Four classrooms of 55 m² each, a sensory room and a hygiene suite (£2.1 million, July 2027)."),
    ("b", "(b) Improved access to specialist staff, both education and other professionals",
     "A speech and language therapist three days a week and a 0.5 FTE clinical psychologist."),
    ("d", "(d) Improved supply of suitable places", "96 places from September 2027 (80 now)."),
]


@pytest.mark.parametrize("factor, asked, answer", VERBLESS, ids=[f for f, _, _ in VERBLESS])
def test_a_verbless_answer_under_the_tests_own_words_is_claimed(write, factor, asked, answer):
    body = _KEY_FACTORS.replace("from 80 to 96 places ", "") + f"| {asked} | {answer} |\n"
    assert check_document(write(body)).verdicts()[factor] == "met"


@pytest.mark.parametrize("answer, expected", [
    ("Yes: 96 places from September 2027, against 80 now.", "met"),
    ("No: the school keeps its 80 places.", "not_met"),
], ids=["more", "no more"])
def test_places_answered_under_a_question_about_more_places(write, answer, expected):
    body = (_OPENING.replace("from 80 to 96 places ", "")
            + _table(("Question", "Answer"), [("Will there be more places?", answer),
                                              ("Who will support the children?", _STAFF_SPECIFIC)]))
    assert check_document(write(body)).verdicts()["d"] == expected
