#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sozialraum::index
{

/**
 * Every option of the engine has one name, used in definition files, in
 * processing parameters and in messages. The tables live next to their enums
 * (normalizationNames() ...); these helpers look them up.
 */
template <typename E> using NameTable = std::vector<std::pair<std::string, E>>;

template <typename E> std::string nameOf( const NameTable<E> &table, E value )
{
  for ( const auto &entry : table )
  {
    if ( entry.second == value )
      return entry.first;
  }
  return std::string();
}

template <typename E> std::optional<E> valueOf( const NameTable<E> &table, const std::string &name )
{
  for ( const auto &entry : table )
  {
    if ( entry.first == name )
      return entry.second;
  }
  return std::nullopt;
}

//! "a, b, c" for messages such as "expected one of a, b, c".
template <typename E> std::string joinNames( const NameTable<E> &table )
{
  std::string text;
  for ( const auto &entry : table )
  {
    if ( !text.empty() )
      text += ", ";
    text += entry.first;
  }
  return text;
}

} // namespace sozialraum::index
