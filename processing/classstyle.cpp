#include "classstyle.h"

#include <qgsprocessingcontext.h>
#include <qgsvectorlayer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsrendererrange.h>
#include <qgssymbol.h>
#include <qgscolorramp.h>
#include <qgsstyle.h>

namespace
{
  QColor rampColor( int cls, int count )
  {
    // Light yellow-orange to dark red: class 1 (least disadvantage) light, the last class dark.
    const double t = count > 1 ? double( cls - 1 ) / ( count - 1 ) : 1.0;
    return QColor::fromHsvF( ( 50.0 - 50.0 * t ) / 360.0, 0.15 + 0.8 * t, 1.0 - 0.35 * t );
  }

  class ClassStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
  {
    public:
      ClassStylePostProcessor( const QString &field, const QStringList &labels, const QList<QColor> &colors )
        : mField( field )
        , mLabels( labels )
        , mColors( colors )
      {
      }

      void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback * ) override
      {
        QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
        if ( !vectorLayer || !vectorLayer->isSpatial() || mLabels.isEmpty() )
          return;
        const int count = mLabels.size();
        QgsRangeList ranges;
        for ( int cls = 1; cls <= count; ++cls )
        {
          std::unique_ptr<QgsSymbol> symbol( QgsSymbol::defaultSymbol( vectorLayer->geometryType() ) );
          symbol->setColor( cls - 1 < mColors.size() ? mColors.at( cls - 1 ) : rampColor( cls, count ) );
          ranges.append( QgsRendererRange( cls - 0.5, cls + 0.5, symbol.release(), QStringLiteral( "%1 %2" ).arg( cls ).arg( mLabels.at( cls - 1 ) ) ) );
        }
        QgsGraduatedSymbolRenderer *renderer = new QgsGraduatedSymbolRenderer( mField, ranges );
        vectorLayer->setRenderer( renderer );
        vectorLayer->triggerRepaint();
      }

    private:
      QString mField;
      QStringList mLabels;
      QList<QColor> mColors;
  };
} // namespace

void Sozialraum::styleByClassOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new ClassStylePostProcessor( classField, labels, {} ) );
}

void Sozialraum::styleCategoriesOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QList<QColor> &colors )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new ClassStylePostProcessor( classField, labels, colors ) );
}
