#!/usr/bin/env python3
"""Writes tests/data/index_then_filter.model3: a Model Builder model that chains
sozialraum:socialindex and native:extractbyexpression (kept in the repository; this
script documents how it was made and can remake it)."""
import os
import sys
import tempfile

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelParameter,
                       QgsProcessingModelOutput, QgsProcessingParameterFeatureSource, QgsProcessing)
from qgis.analysis import QgsNativeAlgorithms

out = sys.argv[1]
app = QgsApplication([], False, tempfile.mkdtemp())
QgsApplication.setPrefixPath("/usr", True)
app.initQgis()
QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms(QgsApplication.processingRegistry()))

model = QgsProcessingModelAlgorithm("Index then filter", "Sozialraum tests")
model.addModelParameter(QgsProcessingParameterFeatureSource("areas", "Areas", [QgsProcessing.TypeVector]),
                        QgsProcessingModelParameter("areas"))

index = QgsProcessingModelChildAlgorithm("sozialraum:socialindex")
index.setChildId("sozialraum:socialindex_1")
index.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
index.addParameterSources("INDICATORS", [QgsProcessingModelChildParameterSource.fromStaticValue("unemployed;transfer;child_poverty")])
index.addParameterSources("POPULATION_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("inhabitants")])
index.addParameterSources("MIN_POPULATION", [QgsProcessingModelChildParameterSource.fromStaticValue(300)])
index.addParameterSources("OUTPUT", [QgsProcessingModelChildParameterSource.fromStaticValue("TEMPORARY_OUTPUT")])
model.addChildAlgorithm(index)

extract = QgsProcessingModelChildAlgorithm("native:extractbyexpression")
extract.setChildId("native:extractbyexpression_1")
extract.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("sozialraum:socialindex_1", "OUTPUT")])
extract.addParameterSources("EXPRESSION", [QgsProcessingModelChildParameterSource.fromStaticValue('"si_class" >= 3')])
output = QgsProcessingModelOutput("high_need", "High need")
output.setChildOutputName("OUTPUT")
output.setChildId("native:extractbyexpression_1")
extract.setModelOutputs({"high_need": output})
model.addChildAlgorithm(extract)
model.updateDestinationParameters()
if not model.toFile(out):
    sys.exit("could not write " + out)
print("wrote", out, [p.name() for p in model.parameterDefinitions()])
app.exitQgis()
