#!/usr/bin/env python3
"""Writes the example model socialindex → catchmentratio → servicegaps → locationsuggest
(models/gap_workflow.model3, shipped with the plugin; this script documents how it was made).

    /usr/bin/python3 tests/tools/make_gap_workflow_model.py build models/gap_workflow.model3

Every parameter of every step is set (QGIS's Model Builder refuses a model with an unset
mandatory parameter, even when the algorithm has a default), the steps are described and laid
out left to right with their inputs on the left and their results below them.

Inputs: areas (polygons with population and status indicators), facilities (points with a
capacity), candidates (points). Costs are straight-line metres so the model runs without a
street network; set NETWORK in the steps to use one."""
import os
import sys
import tempfile

from qgis.core import (QgsApplication, QgsProcessing, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingModelParameter, QgsProcessingParameterFeatureSource, QgsProcessingParameterField)
from qgis.PyQt.QtCore import QPointF, QSizeF

build, out = sys.argv[1], sys.argv[2]
app = QgsApplication([], False, tempfile.mkdtemp())
QgsApplication.setPrefixPath("/usr", True)
app.initQgis()
sys.path.insert(0, os.path.join(build, "python", "plugins"))
import sozialraum_processing  # noqa: E402 (needs the QGIS application)

if not sozialraum_processing.load_library(os.path.join(build, "plugin", "libsozialraumplugin.so")).sozialraum_register_processing_provider():
    sys.exit("the Sozialraum provider could not be registered")
registry = QgsApplication.processingRegistry()

model = QgsProcessingModelAlgorithm("Need, access and new sites", "Sozialraum examples")
model.setHelpContent({
    "ALG_DESC": "Social index of the areas (Berlin MSS cut points), catchment ratio of the facilities (2SFCA, "
                "straight-line metres), service gaps of the areas (need versus access), and the best candidate "
                "sites for the areas of high need and poor access (maximal covering).",
    "ALG_CREATOR": "Sozialraum",
    "areas": "Statistical areas (polygons) with a population field and the status indicators.",
    "facilities": "Existing facilities (points) with a capacity field, e.g. Kita places.",
    "candidates": "Places where a new facility could go (points), e.g. schools or vacant plots.",
    "indicators": "Status indicators (higher = more disadvantage), e.g. unemployment, transfer payments, child poverty.",
    "population": "Inhabitants of an area.",
    "capacity": "Capacity of a facility (places).",
})

INPUT_X, STEP_X0, STEP_DX, STEP_Y = 120.0, 420.0, 330.0, 140.0


def add_input(definition, y):
    component = QgsProcessingModelParameter(definition.name())
    component.setDescription(definition.description())
    component.setPosition(QPointF(INPUT_X, y))
    component.setSize(QSizeF(200, 30))
    model.addModelParameter(definition, component)


add_input(QgsProcessingParameterFeatureSource("areas", "Statistical areas", [QgsProcessing.TypeVectorPolygon]), 60)
add_input(QgsProcessingParameterField("indicators", "Status indicators", parentLayerParameterName="areas", allowMultiple=True), 120)
add_input(QgsProcessingParameterField("population", "Population field", parentLayerParameterName="areas"), 180)
add_input(QgsProcessingParameterFeatureSource("facilities", "Facilities with capacity", [QgsProcessing.TypeVectorPoint]), 260)
add_input(QgsProcessingParameterField("capacity", "Capacity field", parentLayerParameterName="facilities"), 320)
add_input(QgsProcessingParameterFeatureSource("candidates", "Candidate sites", [QgsProcessing.TypeVectorPoint]), 400)


def add_step(column, alg_id, child_id, description, sources, outputs=None):
    algorithm = registry.algorithmById(alg_id)
    if algorithm is None:
        sys.exit("no algorithm " + alg_id)
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    child.setDescription(description)
    x = STEP_X0 + column * STEP_DX
    child.setPosition(QPointF(x, STEP_Y + column * 60))
    child.setSize(QSizeF(240, 30))
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination():
            continue
        if name in sources:
            child.addParameterSources(name, [sources.pop(name)])
        elif definition.defaultValue() is not None:
            # The algorithm's own default, written down: QGIS validates models against sources, not defaults.
            child.addParameterSources(name, [Src.fromStaticValue(definition.defaultValue())])
    if sources:
        sys.exit("{}: unknown parameters {}".format(alg_id, sorted(sources)))
    model_outputs = {}
    for index, (name, (child_output, output_description)) in enumerate((outputs or {}).items()):
        output = QgsProcessingModelOutput(name, output_description)
        output.setChildOutputName(child_output)
        output.setChildId(child_id)
        output.setPosition(QPointF(x + 40, STEP_Y + column * 60 + 90 + 50 * index))
        output.setSize(QSizeF(200, 30))
        model_outputs[name] = output
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)


add_step(0, "sozialraum:socialindex", "index", "1 Social index of the areas", {
    "INPUT": Src.fromModelParameter("areas"), "INDICATORS": Src.fromModelParameter("indicators"),
    "POPULATION_FIELD": Src.fromModelParameter("population"), "MIN_POPULATION": Src.fromStaticValue(300)},
    {"index": ("OUTPUT", "Social index")})
add_step(1, "sozialraum:catchmentratio", "catchment", "2 Catchment ratio of the facilities (2SFCA)", {
    "DEMAND": Src.fromChildOutput("index", "OUTPUT"), "DEMAND_FIELD": Src.fromModelParameter("population"),
    "SUPPLY": Src.fromModelParameter("facilities"), "SUPPLY_FIELD": Src.fromModelParameter("capacity"),
    "METHOD": Src.fromStaticValue(0), "CATCHMENT": Src.fromStaticValue(1000.0), "COST_TYPE": Src.fromStaticValue(0)},
    {"access": ("OUTPUT", "Access per area")})
add_step(2, "sozialraum:servicegaps", "gaps", "3 Service gaps: need versus access", {
    "AREAS": Src.fromChildOutput("catchment", "OUTPUT"), "POPULATION_FIELD": Src.fromModelParameter("population"),
    "NEED_FIELD": Src.fromStaticValue("si_score"), "SUPPLY": Src.fromModelParameter("facilities"),
    "SUPPLY_FIELD": Src.fromModelParameter("capacity"), "METHOD": Src.fromStaticValue(0),
    "CATCHMENT": Src.fromStaticValue(1000.0), "COST_TYPE": Src.fromStaticValue(0)},
    {"gaps": ("OUTPUT", "Service gaps")})
add_step(3, "sozialraum:locationsuggest", "sites", "4 Sites for new offerings (maximal covering)", {
    "CANDIDATES": Src.fromModelParameter("candidates"), "EXISTING": Src.fromModelParameter("facilities"),
    "DEMAND": Src.fromChildOutput("gaps", "OUTPUT"),
    # The weight uses the model's population field, whatever it is called in the user's data.
    "WEIGHT": Src.fromExpression("'coalesce(\"gap_score\", 0) * coalesce(\"' || @population || '\", 0)'"),
    "P": Src.fromStaticValue(5), "RADIUS": Src.fromStaticValue(1000.0), "COST_TYPE": Src.fromStaticValue(0),
    "METHOD": Src.fromStaticValue(0)},
    {"sites": ("OUTPUT", "Suggested sites")})

model.updateDestinationParameters()
valid, issues = model.validate()
if not valid:
    sys.exit("the model does not validate: " + "; ".join(issues))
if not model.toFile(out):
    sys.exit("could not write " + out)
print("wrote", out, [p.name() for p in model.parameterDefinitions()])
del model
app.exitQgis()
