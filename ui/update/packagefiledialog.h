#pragma once

#include "fleet/packageinfo.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// What a package file is for, when the file cannot say: family, model and
// versions. Every field may stay empty; the engine then reads the package's
// manifest (<file>.json) or its name, and what is entered here wins.
class PackageFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageFileDialog(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    PackageInfo metadata() const;

    QComboBox *familyBox() const { return m_family; }
    QLineEdit *modelField() const { return m_model; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }

private:
    QString m_path;
    QComboBox *m_family;
    QLineEdit *m_model;
    QLineEdit *m_from;
    QLineEdit *m_to;
};
