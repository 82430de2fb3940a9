#!/usr/bin/env python3
"""Validate a keuzehulp FHIR export against the FHIR specification, independently of our code.

Usage: validate.py BUNDLE.json

1. The bundle is parsed with the pydantic models of `fhir.resources` (R4B subpackage, the
   R4 line: R4B 4.3.0 overlaps R4 4.0.1 for every resource we write). Missing required
   elements, unknown elements, wrong types and malformed primitives are refused.
2. Rules the models do not check: every reference inside the bundle resolves to an entry's
   fullUrl; the QuestionnaireResponse names a Questionnaire in the bundle by url|version; each
   answer's linkId exists in that Questionnaire, with a value of the item's type, and a choice
   answer is one of the item's answerOptions.

Exit 0 when valid; 1 when not (reasons on stderr); 3 when fhir.resources is not installed.
"""
import json
import sys

try:
    from fhir.resources.R4B.bundle import Bundle
except ImportError:
    print("fhir.resources is not installed: run scripts/setup-debian.sh", file=sys.stderr)
    sys.exit(3)

VALUE_OF_TYPE = {
    "boolean": "valueBoolean",
    "integer": "valueInteger",
    "text": "valueString",
    "string": "valueString",
    "choice": "valueCoding",
}


def references(node):
    """Every `reference` string anywhere in a resource."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    try:
        Bundle.model_validate(data)
    except Exception as e:  # pydantic.ValidationError, or a resource type it does not know
        problems.append(f"not valid FHIR: {e}")

    entries = data.get("entry", [])
    full_urls = {e.get("fullUrl") for e in entries}
    for e in entries:
        for ref in references(e.get("resource", {})):
            if ref not in full_urls:
                problems.append(f"{e.get('fullUrl')}: reference {ref} does not resolve in the bundle")

    questionnaires = {
        f"{r['url']}|{r.get('version', '')}": r
        for r in (e.get("resource", {}) for e in entries)
        if r.get("resourceType") == "Questionnaire" and "url" in r
    }
    responses = [e["resource"] for e in entries if e.get("resource", {}).get("resourceType") == "QuestionnaireResponse"]
    if not responses:
        problems.append("no QuestionnaireResponse in the bundle")
    for response in responses:
        questionnaire = questionnaires.get(response.get("questionnaire"))
        if questionnaire is None:
            problems.append(f"QuestionnaireResponse.questionnaire {response.get('questionnaire')} is not in the bundle")
            continue
        items = {i["linkId"]: i for i in questionnaire.get("item", [])}
        for answer_item in response.get("item", []):
            link = answer_item.get("linkId")
            item = items.get(link)
            if item is None:
                problems.append(f"answer to unknown item {link}")
                continue
            want = VALUE_OF_TYPE.get(item["type"])
            for answer in answer_item.get("answer", []):
                if want not in answer:
                    problems.append(f"item {link} of type {item['type']} answered with {sorted(answer)}")
                elif item["type"] == "choice":
                    allowed = [o.get("valueCoding", {}) for o in item.get("answerOption", [])]
                    got = answer[want]
                    if not any(a.get("system") == got.get("system") and a.get("code") == got.get("code") for a in allowed):
                        problems.append(f"item {link}: {got.get('code')} is not an answer option")

    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
