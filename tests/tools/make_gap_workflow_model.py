#!/usr/bin/env python3
"""Writes the example model socialindex → catchmentratio → servicegaps → locationsuggest
(tests/data/gap_workflow.model3; kept in the repository, this script documents how it was made).

Inputs: areas (polygons with population and status indicators), facilities (points with a
capacity), candidates (points). Costs are straight-line metres so the model runs without a
street network; set NETWORK in the child algorithms to use one."""
import sys
import tempfile

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelParameter,
                       QgsProcessingModelOutput, QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterString, QgsProcessing)

out = sys.argv[1]
app = QgsApplication([], False, tempfile.mkdtemp())
QgsApplication.setPrefixPath("/usr", True)
app.initQgis()

model = QgsProcessingModelAlgorithm("Need, access and new sites", "Sozialraum examples")
model.setHelpContent({"ALG_DESC": "Social index of the areas, catchment ratio of the facilities, service gaps of the areas, and the best candidate sites for the areas of high need and poor access."})
for name, description, types in (("areas", "Statistical areas", [QgsProcessing.TypeVectorPolygon]),
                                 ("facilities", "Facilities with capacity", [QgsProcessing.TypeVectorPoint]),
                                 ("candidates", "Candidate sites", [QgsProcessing.TypeVectorPoint])):
    model.addModelParameter(QgsProcessingParameterFeatureSource(name, description, types), QgsProcessingModelParameter(name))
model.addModelParameter(QgsProcessingParameterField("indicators", "Status indicators", parentLayerParameterName="areas", allowMultiple=True),
                        QgsProcessingModelParameter("indicators"))
model.addModelParameter(QgsProcessingParameterField("population", "Population field", parentLayerParameterName="areas"),
                        QgsProcessingModelParameter("population"))
model.addModelParameter(QgsProcessingParameterField("capacity", "Capacity field", parentLayerParameterName="facilities"),
                        QgsProcessingModelParameter("capacity"))


def child(alg_id, child_id, params, outputs=None):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    for key, source in params.items():
        c.addParameterSources(key, [source])
    if outputs:
        model_outputs = {}
        for name, (child_output, description) in outputs.items():
            o = QgsProcessingModelOutput(name, description)
            o.setChildOutputName(child_output)
            o.setChildId(child_id)
            model_outputs[name] = o
        c.setModelOutputs(model_outputs)
    model.addChildAlgorithm(c)


child("sozialraum:socialindex", "index", {
    "INPUT": Src.fromModelParameter("areas"), "INDICATORS": Src.fromModelParameter("indicators"),
    "POPULATION_FIELD": Src.fromModelParameter("population"), "MIN_POPULATION": Src.fromStaticValue(300),
    "OUTPUT": Src.fromStaticValue("TEMPORARY_OUTPUT")})
child("sozialraum:catchmentratio", "catchment", {
    "DEMAND": Src.fromChildOutput("index", "OUTPUT"), "DEMAND_FIELD": Src.fromModelParameter("population"),
    "SUPPLY": Src.fromModelParameter("facilities"), "SUPPLY_FIELD": Src.fromModelParameter("capacity"),
    "METHOD": Src.fromStaticValue(0), "CATCHMENT": Src.fromStaticValue(1000), "COST_TYPE": Src.fromStaticValue(0),
    "OUTPUT": Src.fromStaticValue("TEMPORARY_OUTPUT")}, {"access": ("OUTPUT", "Access per area")})
child("sozialraum:servicegaps", "gaps", {
    "AREAS": Src.fromChildOutput("catchment", "OUTPUT"), "POPULATION_FIELD": Src.fromModelParameter("population"),
    "NEED_FIELD": Src.fromStaticValue("si_score"), "SUPPLY": Src.fromModelParameter("facilities"),
    "SUPPLY_FIELD": Src.fromModelParameter("capacity"), "METHOD": Src.fromStaticValue(0),
    "CATCHMENT": Src.fromStaticValue(1000), "COST_TYPE": Src.fromStaticValue(0),
    "OUTPUT": Src.fromStaticValue("TEMPORARY_OUTPUT")}, {"gaps": ("OUTPUT", "Service gaps")})
child("sozialraum:locationsuggest", "sites", {
    "CANDIDATES": Src.fromModelParameter("candidates"), "EXISTING": Src.fromModelParameter("facilities"),
    "DEMAND": Src.fromChildOutput("gaps", "OUTPUT"),
    "WEIGHT": Src.fromStaticValue('coalesce("gap_score", 0) * coalesce("inhabitants", 0)'),
    "P": Src.fromStaticValue(5), "RADIUS": Src.fromStaticValue(1000), "COST_TYPE": Src.fromStaticValue(0),
    "METHOD": Src.fromStaticValue(0), "OUTPUT": Src.fromStaticValue("TEMPORARY_OUTPUT")}, {"sites": ("OUTPUT", "Suggested sites")})

model.updateDestinationParameters()
if not model.toFile(out):
    sys.exit("could not write " + out)
print("wrote", out, [p.name() for p in model.parameterDefinitions()])
app.exitQgis()
