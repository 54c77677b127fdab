// A bounded reader for what ONVIF devices and discovery answers send: the document becomes a
// small tree, or is refused with a reason. A camera on the CSU network is not trusted: a DTD
// (entity expansion), a document over the size cap, too deep a nesting or too many elements
// are refused before they cost memory, and nothing here ever fetches anything.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie::cameras {

struct XmlElement
{
    QString ns; // namespace URI, whatever prefix the device chose
    QString name; // local name
    QString text; // the element's own character data, trimmed
    QList<std::pair<QString, QString>> attributes; // local name, value
    QList<XmlElement> children;

    // The first child (or descendant, depth first) with that local name; nullptr when none.
    const XmlElement *child(QStringView localName) const;
    const XmlElement *find(QStringView localName) const;
    QList<const XmlElement *> childrenNamed(QStringView localName) const;
    // The text of the first descendant with that local name; empty when none.
    QString findText(QStringView localName) const;
    QString attribute(QStringView localName) const;
};

struct XmlLimits
{
    qsizetype maxBytes = 1024 * 1024; // a GetProfiles of 16 profiles is about 40 kB
    int maxDepth = 32; // ONVIF answers nest about 10 deep
    int maxElements = 20000;
};

// Refusals are plain sentences in the operator's language.
Result<XmlElement> parseXml(const QByteArray &document, const XmlLimits &limits = {});

} // namespace vigie::cameras
