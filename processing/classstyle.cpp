#include "classstyle.h"

#include <qgsprocessingcontext.h>
#include <qgsvectorlayer.h>
#include <qgscategorizedsymbolrenderer.h>
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
      ClassStylePostProcessor( const QString &field, const QStringList &labels, const QList<QColor> &colors, const QString &noValueLabel )
        : mField( field )
        , mLabels( labels )
        , mColors( colors )
        , mNoValueLabel( noValueLabel )
      {
      }

      void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback * ) override
      {
        QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
        if ( !vectorLayer || !vectorLayer->isSpatial() || mLabels.isEmpty() )
          return;
        const int count = mLabels.size();
        QgsCategoryList categories;
        for ( int cls = 1; cls <= count; ++cls )
        {
          std::unique_ptr<QgsSymbol> symbol( QgsSymbol::defaultSymbol( vectorLayer->geometryType() ) );
          symbol->setColor( cls - 1 < mColors.size() ? mColors.at( cls - 1 ) : rampColor( cls, count ) );
          categories.append( QgsRendererCategory( cls, symbol.release(), QStringLiteral( "%1 %2" ).arg( cls ).arg( mLabels.at( cls - 1 ) ) ) );
        }
        // Areas without a class (excluded, no value) stay visible in grey with their own legend
        // entry: the category with an empty value takes NULL and every other value.
        std::unique_ptr<QgsSymbol> noValue( QgsSymbol::defaultSymbol( vectorLayer->geometryType() ) );
        noValue->setColor( QColor( 190, 190, 190 ) );
        categories.append( QgsRendererCategory( QVariant(), noValue.release(), mNoValueLabel ) );
        vectorLayer->setRenderer( new QgsCategorizedSymbolRenderer( mField, categories ) );
        vectorLayer->triggerRepaint();
      }

    private:
      QString mField;
      QStringList mLabels;
      QList<QColor> mColors;
      QString mNoValueLabel;
  };
} // namespace

void Sozialraum::styleByClassOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QString &noValueLabel )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new ClassStylePostProcessor( classField, labels, {}, noValueLabel ) );
}

void Sozialraum::styleCategoriesOnLoad( QgsProcessingContext &context, const QString &destination, const QString &classField, const QStringList &labels, const QList<QColor> &colors,
                                        const QString &noValueLabel )
{
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new ClassStylePostProcessor( classField, labels, colors, noValueLabel ) );
}

void Sozialraum::applyClassStyle( QgsVectorLayer *layer, const QString &classField, const QStringList &labels, const QList<QColor> &colors, const QString &noValueLabel )
{
  QgsProcessingContext context;
  ClassStylePostProcessor( classField, labels, colors, noValueLabel ).postProcessLayer( layer, context, nullptr );
}
