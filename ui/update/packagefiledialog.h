#pragma once

#include "fleet/packageinfo.h"
#include "modules/moduleidentity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// What a package file is for, when the file cannot say: family, model and
// versions. Every field may stay empty: the engine then reads the package's
// manifest (<file>.json) or its name, and what is entered here wins; with
// nothing known at all the family and model are the target module's and the
// base version is checked by the module only.
class PackageFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageFileDialog(const QString &path, QWidget *parent = nullptr);

    // Pre-fills what the modules the file is for have in common: family,
    // model, and their current firmware as the base ("from"). Nothing when a
    // manifest describes the file: it knows better than a guess.
    void suggest(const QList<ModuleIdentity> &targets);

    QString path() const { return m_path; }
    bool hasManifest() const { return m_hasManifest; }
    PackageInfo metadata() const;

    QComboBox *familyBox() const { return m_family; }
    QLineEdit *modelField() const { return m_model; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    // What the file itself says (manifest, file name labels, or nothing).
    QLabel *fileNote() const { return m_fileNote; }

private:
    QString m_path;
    bool m_hasManifest;
    QComboBox *m_family;
    QLineEdit *m_model;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_fileNote;
};
