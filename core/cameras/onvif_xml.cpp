#include "core/cameras/onvif_xml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace vigie::cameras {

namespace {

class OnvifXml
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::OnvifXml)
};

} // namespace

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &element : children) {
        if (element.name == localName)
            return &element;
    }
    return nullptr;
}

const XmlElement *XmlElement::find(QStringView localName) const
{
    for (const XmlElement &element : children) {
        if (element.name == localName)
            return &element;
        if (const XmlElement *found = element.find(localName))
            return found;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(QStringView localName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children) {
        if (element.name == localName)
            found.append(&element);
    }
    return found;
}

QString XmlElement::findText(QStringView localName) const
{
    const XmlElement *found = find(localName);
    return found ? found->text : QString();
}

QString XmlElement::attribute(QStringView localName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == localName)
            return value;
    }
    return QString();
}

Result<XmlElement> parseXml(const QByteArray &document, const XmlLimits &limits)
{
    using R = Result<XmlElement>;
    if (document.size() > limits.maxBytes) {
        return R::failure(OnvifXml::tr("The answer is too large (%1 bytes, at most %2).")
                              .arg(document.size())
                              .arg(limits.maxBytes));
    }
    QXmlStreamReader reader(document);
    // The path from the root to the element being read; the root stays at the front.
    QList<XmlElement> open;
    std::optional<XmlElement> root;
    int elements = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // Refused before the reader expands any entity it declares.
            return R::failure(OnvifXml::tr("The answer declares a DTD, which is refused."));
        case QXmlStreamReader::EntityReference:
            return R::failure(OnvifXml::tr("The answer refers to an unknown entity."));
        case QXmlStreamReader::StartElement: {
            if (root)
                return R::failure(OnvifXml::tr("The answer has more than one document."));
            if (open.size() >= limits.maxDepth) {
                return R::failure(OnvifXml::tr("The answer nests too deep (over %1 levels).")
                                      .arg(limits.maxDepth));
            }
            if (++elements > limits.maxElements) {
                return R::failure(OnvifXml::tr("The answer has too many elements (over %1).")
                                      .arg(limits.maxElements));
            }
            XmlElement element;
            element.ns = reader.namespaceUri().toString();
            element.name = reader.name().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.append(
                    { attribute.name().toString(), attribute.value().toString() });
            open.append(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = open.takeLast();
            done.text = done.text.trimmed();
            if (open.isEmpty())
                root = std::move(done);
            else
                open.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return R::failure(OnvifXml::tr("The answer is not well-formed XML (line %1: %2).")
                              .arg(reader.lineNumber())
                              .arg(reader.errorString()));
    }
    if (!root)
        return R::failure(OnvifXml::tr("The answer is empty."));
    return R(std::move(*root));
}

} // namespace vigie::cameras
